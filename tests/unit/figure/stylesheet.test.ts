import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHOREOGRAPHY, STEP_IDS } from '@/src/content/steps';
import { figureMotion, keyframesCss } from '@/src/ui/figure/motion';

// The figure's motion and colours live in its stylesheet; these are the promises it makes.
const css = readFileSync('src/ui/figure/figure.css', 'utf8');

/** The body of the first block whose prelude contains `prelude`, braces balanced. */
const block = (prelude: string): string => {
  const start = css.indexOf(prelude);
  if (start < 0) throw new Error(`no block for ${prelude}`);
  const open = css.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`unclosed block for ${prelude}`);
};

const colours = (body: string): Map<string, string> =>
  new Map([...body.matchAll(/(--fig-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, k, v]) => [k ?? '', v ?? '']));

// WCAG 2 relative luminance and contrast ratio.
const luminance = (hex: string): number => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('figure stylesheet', () => {
  it('stops every movement when the user prefers reduced motion', () => {
    const still = block('@media (prefers-reduced-motion: reduce)');
    expect(still).toMatch(/\.fig \.m\b[^{]*\{\s*animation: none;/);
    // Every animated rule targets a moving part (.m) or the glow, both stopped above.
    const animated = [...css.matchAll(/([^{}]+)\{[^{}]*animation(?:-name)?:\s*(?!none)[^;]+;/g)].map(
      ([, selector]) => selector?.trim() ?? '',
    );
    expect(animated.length).toBeGreaterThan(0);
    for (const selector of animated) expect(selector).toMatch(/\.(m|stroke|circle|pulse|settle|hl)\b/);
    expect(still).toMatch(/\.fig \.hl/);
  });

  it("takes the step's pace: one movement per step, started where the step is, paused with it", () => {
    expect(block('.fig .m {')).toMatch(
      /animation:\s*var\(--hold-kf\) var\(--pace, [\d.]+s\) ease-in-out var\(--ago, 0s\)/,
    );
    expect(css).toMatch(
      /\.fig \.hl \{\s*animation: var\(--glow-kf\) var\(--pace, [\d.]+s\)[^;]*var\(--ago, 0s\)/,
    );
    expect(block('.fig.paused .m')).toMatch(/animation-play-state:\s*paused/);
    expect(block('.fig.still .m')).toMatch(/animation:\s*none/);
  });

  it("writes no share of a step: the held movement's keyframes come from the choreography", () => {
    expect(css).not.toMatch(/@keyframes fig-(hold|settle|glow)\b/);
    for (const id of STEP_IDS) {
      const frames = keyframesCss(id, figureMotion(CHOREOGRAPHY[id]));
      // Every held movement ends where it started, so the step ends with the head back upright.
      const hold = frames.match(new RegExp(`@keyframes fig-hold-${id}\\{(.*?)\\}\\}`))?.[1] ?? '';
      if (CHOREOGRAPHY[id].moves.some((m) => m.move === 'out'))
        expect(hold, id).toMatch(/100%\{transform:none$/);
    }
  });

  it('has a dark colour scheme that redefines the figure colours', () => {
    const dark = colours(block('@media (prefers-color-scheme: dark)'));
    const light = colours(block('.fig {'));
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
    for (const [name, value] of dark) expect(value, name).not.toBe(light.get(name));
  });

  it('keeps outline, clothing and arrows at 3:1 contrast or more against the backdrop in both schemes', () => {
    for (const scheme of [colours(block('.fig {')), colours(block('@media (prefers-color-scheme: dark)'))]) {
      const bg = scheme.get('--fig-bg') ?? '';
      for (const name of ['--fig-ink', '--fig-shirt', '--fig-arrow']) {
        expect(contrast(scheme.get(name) ?? '', bg), name).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
