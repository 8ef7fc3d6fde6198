// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ABOUT_CHOICES, type AboutText, aboutTextSchema } from '@/src/content/about-schema';
import { findBannedClaims } from '@/src/content/banned-claims';
import { about as ABOUT_EN } from '@/src/content/lang/en';
import { about as ABOUT_RU } from '@/src/content/lang/ru';
import { loadAboutText } from '@/src/content/load-about';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { STEP_IDS } from '@/src/content/steps';
import { ABOUT, TEXTS } from './by-locale';
import { shapeOf, stringsOf } from './helpers';
import { wordsOf as testWords } from './words';

// "About this routine" as data: every step of the routine says where it comes from, every safer
// reading is answered, in both languages with the same structure; and the words pass the same
// checks as the routine's own (no medical promises, Russian in Russian and addressed as «вы»).

function errorsOf(value: unknown): string {
  const result = aboutTextSchema.safeParse(value);
  if (result.success) throw new Error('expected the schema to reject this value');
  return z.prettifyError(result.error);
}

/** Every string a reader sees (step and choice ids are not words). */
const wordsOf = (about: AboutText, prefix: string) =>
  stringsOf({ ...about, locale: undefined }, prefix).filter(([path]) => !/(\.id|\.steps\[\d+\])$/.test(path));

/** The step ids of each entry, part by part: the structure the words hang on. */
const stepsOf = (about: AboutText) =>
  (['exercise', 'massage'] as const).map((phase) => about.parts[phase].steps.map((e) => e.steps));

describe.each(CONTENT_LOCALES)('%s About', (locale) => {
  const about = ABOUT[locale];

  it('is valid, and declared for its own locale', () => {
    expect(aboutTextSchema.safeParse(about).error).toBeUndefined();
    expect(about.locale).toBe(locale);
  });

  it('says where every step of the routine comes from, each once, in the routine’s order', () => {
    expect(stepsOf(about).flat(2)).toEqual([...STEP_IDS]);
  });

  it('answers every place Nape reads its source more gently, in order', () => {
    expect(about.choices.map((c) => c.id)).toEqual([...ABOUT_CHOICES]);
  });

  it('makes no medical promise anywhere', () => {
    const copy = wordsOf(about, `about.${locale}`);
    expect(copy.length).toBeGreaterThan(50);
    for (const [path, text] of copy) expect(findBannedClaims(text), `${path}: ${text}`).toEqual([]);
  });

  it('quotes the source’s forcing words only as the source’s, never as what Nape asks', () => {
    const forcing = testWords('aboutForcing')[locale];
    const asked = about.choices.flatMap((c) => [c.title, c.nape, c.why]);
    for (const text of asked) expect(text).not.toMatch(forcing);
    // …and the pain and range entries do quote them, so the reader sees what was changed.
    expect(about.choices.find((c) => c.id === 'pain')?.source).toMatch(forcing);
    expect(about.choices.find((c) => c.id === 'range')?.source).toMatch(forcing);
  });

  it('keeps the safety readings: a mild stretch, beside the spine, downward, seated, short holds', () => {
    const nape = Object.fromEntries(about.choices.map((c) => [c.id, c.nape]));
    const expected = testWords('aboutSafeReadings')[locale];
    for (const [id, pattern] of Object.entries(expected)) expect(nape[id], id).toMatch(pattern);
  });

  it('lists pregnancy with the contraindications, as the safety screen does, and ends with "if unsure, ask a doctor first"', () => {
    const pregnancy = testWords('aboutPregnancy')[locale];
    const [merged, , unsure] = about.contraindications.body;
    expect(merged).toMatch(pregnancy);
    // The safety screen's list agrees: pregnancy is a reason not to do the routine at all.
    expect(TEXTS[locale].safety.doNot.some((item) => pregnancy.test(item))).toBe(true);
    expect(TEXTS[locale].safety.askDoctor.some((item) => pregnancy.test(item))).toBe(false);
    expect(about.contraindications.body.at(-1)).toBe(unsure);
    expect(unsure).toMatch(testWords('aboutUnsure')[locale]);
  });
});

describe('the two languages', () => {
  it('have the same structure: the same keys, lists, steps and choices', () => {
    for (const locale of CONTENT_LOCALES) {
      expect(shapeOf(ABOUT[locale]), locale).toEqual(shapeOf(ABOUT_EN));
      expect(stepsOf(ABOUT[locale]), locale).toEqual(stepsOf(ABOUT_EN));
      expect(
        ABOUT[locale].choices.map((c) => c.id),
        locale,
      ).toEqual(ABOUT_EN.choices.map((c) => c.id));
    }
  });

  it('Russian is Cyrillic throughout (the product’s name aside), addressed as «вы»', () => {
    const informal = /(?<![а-яё])(ты|тебя|тебе|твой|твоя|твои|сядь|наклони|поверни|держи)(?![а-яё])/i;
    for (const [path, s] of wordsOf(ABOUT_RU, 'about.ru')) {
      expect(s, path).toMatch(/[а-яё]/i);
      expect(s.replaceAll('Nape', ''), path).not.toMatch(/[a-z]/i);
      expect(s, path).not.toMatch(informal);
      // The glossary: the routine is «комплекс», never «разминка».
      expect(s, path).not.toMatch(/(?<![а-яё])разминк/i);
    }
  });

  it('English has no Cyrillic in it', () => {
    for (const [path, s] of wordsOf(ABOUT_EN, 'about.en')) expect(s, path).not.toMatch(/[а-яё]/i);
  });
});

describe('the schema refuses a broken copy and says why', () => {
  it('a step left out', () => {
    const broken = structuredClone(ABOUT_EN);
    broken.parts.massage.steps = broken.parts.massage.steps.filter((e) => !e.steps.includes('ms-pinch'));
    expect(errorsOf(broken)).toContain('expected step "ms-pinch" here');
  });

  it('a step in the wrong part', () => {
    const broken = structuredClone(ABOUT_RU);
    broken.parts.exercise.steps.push({ steps: ['ms-rub'], source: 'Растирание.' });
    expect(errorsOf(broken)).toContain('step "ms-rub" belongs in the massage part');
  });

  it('a safer reading left out', () => {
    const broken = structuredClone(ABOUT_EN);
    broken.choices = broken.choices.filter((c) => c.id !== 'spine');
    expect(errorsOf(broken)).toContain('choices must be');
  });

  it('an empty line', () => {
    const broken = structuredClone(ABOUT_EN);
    (broken.choices[0] as { why: string }).why = ' ';
    expect(errorsOf(broken)).toContain('must not be empty');
  });
});

describe('loading', () => {
  it.each(CONTENT_LOCALES)('loadAboutText(%s) resolves that language', async (locale) => {
    expect(await loadAboutText(locale)).toBe(ABOUT[locale]);
  });

  it('reaches each language only through a dynamic import, and never zod', () => {
    const source = readFileSync('src/content/load-about.ts', 'utf8');
    expect(source.match(/^import (?!type).*$/gm)).toEqual([
      "import { loadLanguage } from './load-language';",
    ]);
    const loader = readFileSync('src/content/load-language.ts', 'utf8');
    expect(loader).toMatch(/import\(`\.\/lang\/\$\{locale\}\.ts`\)/);
    expect(loader).not.toMatch(/^import (?!type)/m);
  });
});
