// Prints the bench's table from the parts in tests/bench/results/ and writes them together to
// tests/bench/results/bench.json (git-ignored).
import fs from 'node:fs';

const dir = 'tests/bench/results';
const read = (name) =>
  fs.existsSync(`${dir}/${name}.json`) ? JSON.parse(fs.readFileSync(`${dir}/${name}.json`, 'utf8')) : null;
const parts = {
  sizes: read('sizes'),
  popupTiming: read('popup-timing'),
  workerHeap: read('worker-heap'),
  engine: read('engine'),
  player: read('player'),
};
const kb = (n) => (n == null ? '—' : `${(n / 1024).toFixed(1)} KB`);
const mb = (n) => (n == null ? '—' : `${(n / 1024 / 1024).toFixed(2)} MB`);
const ms = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(1)} ms`);
const x = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(2)}×`);
const pct = (n) => (n == null ? '—' : `${(n * 100).toFixed(0)}%`);
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);

if (parts.sizes) {
  const { sizes, budgets, minifiedShares } = parts.sizes;
  for (const name of ['popup', 'options', 'routine', 'worker']) {
    const s = sizes[name];
    if (!s) continue;
    const budget = budgets[name] ? `budget ${kb(budgets[name])}` : '';
    row(`${name}: startup JS gzip (raw)`, `${kb(s.js.gzip)} (${kb(s.js.raw)})`, budget);
    if (name !== 'worker') row(`${name}: startup CSS gzip (raw)`, `${kb(s.css.gzip)} (${kb(s.css.raw)})`);
    const sh = minifiedShares[name];
    if (sh) {
      row(
        `${name}: share of minified JS`,
        ['webextension-polyfill', 'preact', 'zod', '@wxt-dev/storage', '@webext-core/messaging']
          .map((p) => `${p} ${pct(sh[p] ?? 0)}`)
          .join(', '),
      );
    }
  }
}
if (parts.popupTiming) {
  for (const [mode, t] of Object.entries(parts.popupTiming)) {
    row(
      `popup first paint, ${mode} (median of ${t.rounds})`,
      `${ms(t.napeFcpMs)} vs control ${ms(t.controlFcpMs)}`,
      `${x(t.fcpRatio)} (target ≤ 1.10×)`,
    );
    row(`popup ready, ${mode}`, ms(t.napeReadyMs), `${x(t.readyRatio)} of control first paint`);
  }
}
if (parts.workerHeap) {
  const h = parts.workerHeap;
  row(
    'worker heap after GC: after start',
    mb(h.napeAfterStart),
    `control ${mb(h.control)} (target ≤ 0.6 MB)`,
  );
  row('worker heap after GC: after a simulated hour', mb(h.napeAfterHour));
}
if (parts.engine) {
  const e = parts.engine;
  row(
    'worker wakes per active hour (alarms)',
    e.alarmWakesPerActiveHour.toFixed(1),
    `with idle-API events ${e.allWakesPerActiveHour.toFixed(1)} (target ≤ 61)`,
  );
  row(
    'worker wakes per idle hour (alarms)',
    e.alarmWakesPerIdleHour.toFixed(2),
    `with idle-API events ${e.allWakesPerIdleHour.toFixed(2)} (target ≤ 1)`,
  );
  row('core transitions per second', Math.round(e.transitionsPerSecond).toLocaleString('en-US'));
}
if (parts.player) {
  row(
    'player render per tick',
    `median ${ms(parts.player.medianMs)}, p95 ${ms(parts.player.p95Ms)}`,
    `${parts.player.ticks} ticks`,
  );
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['measure', 'value', 'note']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  `${dir}/bench.json`,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), ...parts }, null, 2)}\n`,
);
console.log(`\nwritten to ${dir}/bench.json`);
