// Prints the bench's tables from the parts in tests/bench/results/ and writes them together to
// tests/bench/results/bench.json (git-ignored). Every figure has its control beside it, and its
// target where issue 13 sets one; medians come with their spread (25th–75th percentile).
import fs from 'node:fs';

const dir = 'tests/bench/results';
const read = (name) =>
  fs.existsSync(`${dir}/${name}.json`) ? JSON.parse(fs.readFileSync(`${dir}/${name}.json`, 'utf8')) : null;
const parts = {
  sizes: read('sizes'),
  popupTiming: read('popup-timing'),
  workerHeap: read('worker-heap'),
  workerWake: read('worker-wake'),
  engine: read('engine'),
  player: read('player'),
};
const kb = (n) => (n == null ? '—' : `${(n / 1024).toFixed(1)} KB`);
const mb = (n) => (n == null ? '—' : `${(n / 1024 / 1024).toFixed(2)} MB`);
const ms = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(1)} ms`);
const ms2 = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(2)} ms`);
const x = (n) => (n == null || Number.isNaN(n) ? '—' : `${n.toFixed(2)}×`);
const pct = (n) => (n == null ? '—' : `${(n * 100).toFixed(0)}%`);
const spread = (a, b, f = ms) => (a == null || b == null ? '' : ` [${f(a)}–${f(b)}]`);
const meets = (value, target) => (value == null || Number.isNaN(value) ? '' : value <= target ? ' ✓' : ' ✗');

const tables = [];
function table(title, header) {
  const t = { title, header, rows: [] };
  tables.push(t);
  return (...cells) => t.rows.push(cells.map((c) => String(c ?? '')));
}

const main = table('Nape against the control (npm run bench)', ['measure', 'Nape', 'control', 'note']);

if (parts.sizes) {
  const { sizes, budgets, minifiedShares } = parts.sizes;
  for (const name of ['popup', 'options', 'routine', 'worker']) {
    const s = sizes[name];
    if (!s) continue;
    const budget = budgets[name] ? `budget ${kb(budgets[name])}` : '';
    main(`${name}: startup JS gzip (raw)`, `${kb(s.js.gzip)} (${kb(s.js.raw)})`, '', budget);
    if (name !== 'worker')
      main(`${name}: startup CSS gzip (raw)`, `${kb(s.css.gzip)} (${kb(s.css.raw)})`, '', '');
    const sh = minifiedShares[name];
    if (sh) {
      main(
        `${name}: share of minified JS`,
        ['webextension-polyfill', 'preact', 'zod', '@wxt-dev/storage', '@webext-core/messaging']
          .map((p) => `${p} ${pct(sh[p] ?? 0)}`)
          .join(', '),
        '',
        '',
      );
    }
  }
}

if (parts.popupTiming) {
  const { traced, ...modes } = parts.popupTiming;
  for (const [mode, t] of Object.entries(modes)) {
    main(
      `popup first paint, ${mode} (median of ${t.rounds} tabs)`,
      `${ms(t.napeFcpMs)}${spread(...(t.napeFcpIqr ?? []))}`,
      `${ms(t.controlFcpMs)}${spread(...(t.controlFcpIqr ?? []))}`,
      `${x(t.fcpRatio)} (target ≤ 1.10×)${meets(t.fcpRatio, 1.1)}`,
    );
    main(
      `popup ready (real status drawn), ${mode}`,
      `${ms(t.napeReadyMs)}${spread(...(t.napeReadyIqr ?? []))}`,
      `first paint ${ms(t.controlFcpMs)}`,
      `${x(t.readyRatio)} of the control's first paint (target ≤ 1.25×)${meets(t.readyRatio, 1.25)}`,
    );
  }
  if (traced) {
    const files = (f) =>
      f
        ? `${f.count} files: JS ${kb(f.gzip.js)} + CSS ${kb(f.gzip.css)} + HTML ${kb(f.gzip.html)} gzip`
        : '—';
    main(
      'popup files loaded before first paint',
      files(traced.napeFilesBeforePaint),
      files(traced.controlFilesBeforePaint),
      'traced warm tabs; the document included',
    );
    main(
      'popup files loaded before ready',
      files(traced.napeFilesBeforeReady),
      '',
      'dynamic imports included',
    );
    const busy = (m) =>
      `busy ${ms(m.busyMs)}: script ${ms(m.scriptMs)} (${pct(m.scriptMs / m.firstPaintMs)} of first paint), rendering ${ms(m.renderingMs)}`;
    main(
      `popup main thread until first paint (median of ${traced.nape.tabs} traced tabs)`,
      busy(traced.nape),
      busy(traced.control),
      `script = compile + evaluate + calls + microtasks; traced tabs are slower, not timed${traced.incompleteTraces ? `; ${traced.incompleteTraces} trace(s) without the navigation set aside` : ''}`,
    );
  }
}

if (parts.workerHeap) {
  const h = parts.workerHeap;
  main(
    `worker heap after GC, after start (median of ${h.starts} fresh workers)`,
    `${mb(h.napeAfterStart)}${spread(...(h.napeAfterStartRange ?? []), mb)}`,
    mb(h.control),
    `target ≤ 0.45 MB${meets(h.napeAfterStart / 1024 / 1024, 0.45)}`,
  );
  if (h.floor) {
    main(
      'worker heap after GC, after start: the API floor (the listeners and calls of a Nape wake, no code)',
      `${mb(h.floor)}${spread(...(h.floorRange ?? []), mb)}`,
      mb(h.control),
      `Chrome's bindings for the APIs Nape needs; Nape's own code and data are the rest: ${mb(h.napeAfterStart - h.floor)}`,
    );
  }
  if (h.withoutPolyfill) {
    main(
      'worker heap after GC, after start: Nape built without webextension-polyfill (bench only)',
      `${mb(h.withoutPolyfill)}${spread(...(h.withoutPolyfillRange ?? []), mb)}`,
      mb(h.control),
      `what the polyfill (kept: the product card names it) costs the worker: ${mb(h.napeAfterStart - h.withoutPolyfill)}`,
    );
  }
  main(
    `worker heap after GC, after a simulated hour (${h.hour.wakes} alarm wakes, ${pct(h.hour.freshShare)} in fresh workers)`,
    mb(h.napeAfterHour),
    mb(h.control),
    `target ≤ 0.55 MB${meets(h.napeAfterHour / 1024 / 1024, 0.55)}; measured in the worker that ran the hour's last wake`,
  );
  main(
    'worker heap after GC, the same hour in one worker never stopped',
    mb(h.napeAfterHourAlive),
    mb(h.control),
    `what piles up in a long-lived worker (target ≤ 0.55 MB${meets(h.napeAfterHourAlive / 1024 / 1024, 0.55)})`,
  );
}

const ww = parts.workerWake;
if (ww) {
  const w = ww.wakes;
  const cpu = (c) => `${ms2(c.cpuMs?.median)}${spread(c.cpuMs?.p25, c.cpuMs?.p75, ms2)}`;
  const m2 = (s) => ms2(s?.median);
  main(
    `cold wake CPU, worker thread (median of ${ww.rounds})`,
    cpu(w.nape.cold),
    cpu(w.control.cold),
    `Nape: start ${m2(w.nape.cold.startCpuMs)}, compile ${m2(w.nape.cold.compileCpuMs)}, evaluate ${m2(w.nape.cold.evaluateCpuMs)}, until saved ${m2(w.nape.cold.untilSavedCpuMs)}, after ${m2(w.nape.cold.afterSavedCpuMs)}; ${w.nape.cold.apiCalls?.median} API calls`,
  );
  main(
    'warm wake CPU, worker thread (worker running, one alarm)',
    cpu(w.nape.warm),
    cpu(w.control.warm),
    `Nape: until saved ${m2(w.nape.warm.untilSavedCpuMs)}, after ${m2(w.nape.warm.afterSavedCpuMs)}; ${w.nape.warm.apiCalls?.median} API calls`,
  );
  const d = ww.day;
  main(
    'worker CPU per active hour',
    ms(ww.perHour.active.napeCpuMs),
    ms(ww.perHour.active.controlCpuMs),
    `${d.perActiveHour.fresh.toFixed(1)} cold + ${d.perActiveHour.warm.toFixed(1)} warm wakes an hour (simulated day)`,
  );
  main(
    'worker CPU per idle hour',
    ms(ww.perHour.idle.napeCpuMs),
    ms(ww.perHour.idle.controlCpuMs),
    `${d.perIdleHour.fresh.toFixed(1)} cold + ${d.perIdleHour.warm.toFixed(1)} warm wakes an hour`,
  );
}

if (parts.engine) {
  const e = parts.engine;
  main(
    'worker wakes per active hour (alarms)',
    e.alarmWakesPerActiveHour.toFixed(1),
    '',
    `with idle-API events ${e.allWakesPerActiveHour.toFixed(1)} (target ≤ 61)${meets(e.alarmWakesPerActiveHour, 61)}`,
  );
  main(
    'worker wakes per idle hour (alarms)',
    e.alarmWakesPerIdleHour.toFixed(2),
    '',
    `with idle-API events ${e.allWakesPerIdleHour.toFixed(2)} (target ≤ 1)${meets(e.alarmWakesPerIdleHour, 1)}`,
  );
  main('core transitions per second', Math.round(e.transitionsPerSecond).toLocaleString('en-US'), '', '');
}
if (parts.player) {
  main(
    'player render per tick',
    `median ${ms(parts.player.medianMs)}, p95 ${ms(parts.player.p95Ms)}`,
    '',
    `${parts.player.ticks} ticks`,
  );
}

if (parts.workerHeap?.byModule) {
  const { napeAfterStart, napeAfterHourAlive, control, floor } = parts.workerHeap.byModule;
  const heap = table(
    'Worker heap by owner (heap snapshot; each object counted once, for the nearest owner that keeps it)',
    ['owner', 'Nape after start', 'never-stopped hour', 'API floor', 'control'],
  );
  const owners = Object.entries(napeAfterStart.byOwner)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([o]) => o);
  for (const o of owners) {
    heap(
      o,
      kb(napeAfterStart.byOwner[o]),
      kb(napeAfterHourAlive?.byOwner[o] ?? 0),
      floor ? kb(floor.byOwner[o] ?? 0) : '',
      kb(control?.byOwner[o] ?? 0),
    );
  }
  const listed = (a) => owners.reduce((s, o) => s + (a?.byOwner[o] ?? 0), 0);
  heap(
    '(everything else)',
    kb(napeAfterStart.snapshotBytes - listed(napeAfterStart)),
    kb((napeAfterHourAlive?.snapshotBytes ?? 0) - listed(napeAfterHourAlive)),
    floor ? kb(floor.snapshotBytes - listed(floor)) : '',
    kb((control?.snapshotBytes ?? 0) - listed(control)),
  );
  heap(
    'snapshot total (JS heap + Blink objects)',
    kb(napeAfterStart.snapshotBytes),
    kb(napeAfterHourAlive?.snapshotBytes),
    floor ? kb(floor.snapshotBytes) : '',
    kb(control?.snapshotBytes),
  );
  heap(
    'off the heap: the script source (external string)',
    kb(napeAfterStart.offHeapBytes),
    '',
    floor ? kb(floor.offHeapBytes) : '',
    kb(control?.offHeapBytes),
  );
}

if (ww?.profile) {
  const prof = table(
    `Where Nape's wake JS time goes (V8 sampling profiler, ${ww.profiledWakes} wakes each; shares only: the profiler slows what it samples)`,
    ['phase', 'modules, by share of the sampled time'],
  );
  const line = (p) =>
    p.top
      .slice(0, 8)
      .map((t) => `${t.module} ${pct(t.share)}`)
      .join(', ');
  prof('cold wake: script evaluation', line(ww.profile.cold.evaluation));
  prof(
    'cold wake: after evaluation (reads, transition, save, effects)',
    line(ww.profile.cold.afterEvaluation),
  );
  prof('warm wake', line(ww.profile.warm.afterEvaluation));
}

for (const t of tables) {
  const widths = t.header.map((_, i) =>
    Math.max(t.header[i].length, ...t.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (r) => `| ${r.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${t.title}\n`);
  console.log(line(t.header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of t.rows) console.log(line(r));
}
if (ww?.day) console.log(`\nCPU per hour assumes: ${ww.day.assumption}.`);
if (ww?.engineActivity && ww.engineActivity !== 'active') {
  console.log(
    `\nWarning: the engine saw the user ${ww.engineActivity} during the wake runs (not an active hour's path).`,
  );
}

fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  `${dir}/bench.json`,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), ...parts }, null, 2)}\n`,
);
console.log(`\nwritten to ${dir}/bench.json`);
