// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';

// The popup's startup budget is 22 KB gzip. It may import the language-free plan eagerly, so the
// plan must not drag in the per-language text or zod: text arrives only through the dynamic
// import in load-language.ts, as its own chunk per language.

const root = process.cwd();
const STATIC_IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

/** Every module a file pulls in through static imports (type-only imports excluded), by path. */
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(join(root, entry), 'utf8');
  for (const m of source.matchAll(STATIC_IMPORT)) {
    if (/^\s*(import|export)\s+type\s/.test(m[0])) continue;
    const spec = m[1] as string;
    if (spec.startsWith('@/')) staticClosure(`${spec.slice(2)}.ts`, seen);
    else if (spec.startsWith('.'))
      staticClosure(`${relative(root, resolve(root, dirname(entry), spec))}.ts`, seen);
    else seen.add(spec);
  }
  return seen;
}

describe('content bundle boundary', () => {
  it.each([
    'src/content/variants.ts',
    'src/content/load-text.ts',
    'src/content/version.ts',
    'src/content/load-script.ts',
    'src/content/load-about.ts',
    'src/content/load-language.ts',
    'src/content/cue-timeline.ts',
  ])('%s loads no per-language text or script and no zod at startup', (entry) => {
    const closure = [...staticClosure(entry)];
    const perLanguage = new RegExp(`(text|script|about)\\.(${CONTENT_LOCALES.join('|')})|lang/|zod|schema`);
    expect(closure.filter((m) => perLanguage.test(m))).toEqual([]);
  });

  it('load-language.ts reaches each language only through a dynamic import of lang/<locale>.ts', () => {
    const source = readFileSync(join(root, 'src/content/load-language.ts'), 'utf8');
    expect(source).toMatch(/import\(`\.\/lang\/\$\{locale\}\.ts`\)/);
  });

  it('the closure walker sees a static import of the text (so the check above can fail)', () => {
    expect([...staticClosure('tests/unit/content/text.test.ts')]).toContain('src/content/lang/ru.ts');
  });
});
