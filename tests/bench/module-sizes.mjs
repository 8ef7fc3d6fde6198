// Attributes the bytes of each built JS file to the source modules they came from, using the
// source maps of a separate build (NAPE_SOURCEMAP=1). Usage: node module-sizes.mjs DIR [file.js…]
import fs from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

export function packageOf(source) {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = s.match(/(?:^|\/)(src\/[^/]+|entrypoints\/[^/]+)/);
  return m ? m[1] : s.replace(/^(\.\.\/)+/, '');
}

/** Bytes per source file (and per package) for one built JS file with a .map beside it. */
export function attribute(file) {
  const code = fs.readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const bySource = new Map();
  // Walk every generated column: the mapping in force at a column owns that byte.
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let owner = '(unmapped)';
    const marks = [];
    for (let c = 0; c < line.length; c++) {
      const pos = map.originalPositionFor({
        line: l + 1,
        column: c,
        bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
      });
      owner = pos.source ?? owner;
      marks.push(owner);
    }
    for (const o of marks) bySource.set(o, (bySource.get(o) ?? 0) + 1);
  }
  return bySource;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const files = process.argv.slice(3);
  const byPackage = new Map();
  for (const f of files) {
    for (const [src, n] of attribute(path.join(dir, f))) {
      const p = packageOf(src);
      byPackage.set(p, (byPackage.get(p) ?? 0) + n);
    }
  }
  const rows = [...byPackage].sort((a, b) => b[1] - a[1]);
  for (const [p, n] of rows) console.log(`${String(n).padStart(8)}  ${p}`);
}
