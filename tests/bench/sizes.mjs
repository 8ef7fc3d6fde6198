// Startup bytes of each page and of the worker in a built extension: the scripts and styles a page
// references plus every static import they pull in (a dynamic import() is not startup cost),
// each file gzipped at level 9; styles inlined in the page (<style>) count as its CSS. `--check`
// exits 1 when a budget is exceeded (CI runs it).
//
// usage: node tests/bench/sizes.mjs [EXT_DIR] [--check] [--json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Budgets in gzip bytes (issue 6), lowered in issue 13 to what was reached plus a little: popup
 * 21.2 KB (its inline styles included), options 36.0 KB, worker 17.1 KB. Timings are reported by
 * the bench, never gated.
 *
 * The worker's was raised from 18.0 to 20.1 KB (measured 19.8 KB at b61e3b1, plus 0.3) by issues
 * 19 and 20's features, which run in the worker: it grew from 16.4 KB (aedbf94) with My routine
 * and the three new routines' step lists, the evening reminder, the keyboard shortcuts, the
 * devices' summaries in storage.sync, the history import and the checks of the values they store
 * (all JSON Schemas together are 1.6 KB gzip of it, 0.3 KB more than before; the engine state's,
 * read back at every wake and after an update, is the largest). Even without any of them it would
 * be 18.2 KB; and a Chrome MV3 service worker cannot import() code on demand, so every feature it
 * runs is startup.
 */
export const BUDGETS = { popup: 22 * 1024, worker: 20.1 * 1024, options: 38 * 1024 };

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

function resolveFrom(dir, from, spec) {
  return path.join(spec.startsWith('/') ? dir : path.dirname(from), spec);
}

/** Every file reachable by static import from `entries`. */
export function staticClosure(dir, entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const src = fs.readFileSync(file, 'utf8');
    // `import x from"./a.js"`, `import"./a.js"`, `export * from "./a.js"` — not `import("./a.js")`.
    for (const m of src.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
    )) {
      stack.push(resolveFrom(dir, file, m[1]));
    }
  }
  return [...seen];
}

function pageEntries(dir, html) {
  const file = path.join(dir, html);
  if (!fs.existsSync(file)) return null;
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']([^"']+\.(?:js|css))["']/g)].map((m) =>
    resolveFrom(dir, file, m[1]),
  );
}

function inlineStyles(dir, html) {
  const src = fs.readFileSync(path.join(dir, html), 'utf8');
  return [...src.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
}

function measure(files, styles = []) {
  const out = { files: files.length, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const f of files) {
    const kind = f.endsWith('.css') ? 'css' : 'js';
    out[kind].raw += fs.statSync(f).size;
    out[kind].gzip += gzipSize(f);
  }
  for (const css of styles) {
    out.css.raw += Buffer.byteLength(css);
    out.css.gzip += zlib.gzipSync(css, { level: 9 }).length;
  }
  out.gzip = out.js.gzip + out.css.gzip;
  out.raw = out.js.raw + out.css.raw;
  return out;
}

export function startupSizes(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const pages = {
    popup: manifest.action?.default_popup ?? 'popup.html',
    options: manifest.options_ui?.page ?? 'options.html',
    routine: 'routine.html',
  };
  const result = {};
  for (const [name, html] of Object.entries(pages)) {
    const entries = pageEntries(dir, html);
    if (entries) result[name] = measure(staticClosure(dir, entries), inlineStyles(dir, html));
  }
  const worker = manifest.background?.service_worker;
  if (worker) result.worker = measure(staticClosure(dir, [path.join(dir, worker)]));
  return result;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3');
  const sizes = startupSizes(dir);
  if (args.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    for (const [name, s] of Object.entries(sizes)) {
      const budget = BUDGETS[name] ? ` (budget ${kb(BUDGETS[name])})` : '';
      console.log(
        `${name.padEnd(8)} ${kb(s.gzip).padStart(9)} gzip: JS ${kb(s.js.gzip)}, CSS ${kb(s.css.gzip)}${budget}`,
      );
    }
  }
  if (args.includes('--check')) {
    const over = Object.entries(BUDGETS).filter(([name, max]) => !sizes[name] || sizes[name].gzip > max);
    for (const [name, max] of over) {
      console.error(
        `size budget exceeded: ${name} ${sizes[name] ? kb(sizes[name].gzip) : 'missing'} > ${kb(max)}`,
      );
    }
    if (over.length) process.exit(1);
    console.log('size budgets: all within');
  }
}
