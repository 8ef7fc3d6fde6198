// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { text as TEXT_RU } from '@/src/content/lang/ru';
import { loadRoutineText } from '@/src/content/load-text';
import { CONTENT_LOCALES, resolveContentLocale } from '@/src/content/locale';
import { routineTextSchema } from '@/src/content/schema';
import { STEPS } from '@/src/content/steps';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { TEXTS } from './by-locale';
import { sentencesOf, shapeOf, stringsOf } from './helpers';
import { wordsOf } from './words';

// What a person reads (or hears) while moving their head: every step has words in both
// languages, the languages say the same things, and the Russian copy is Russian.

// Words naming each side, so a label or instruction copied from the other side shows up.
// Russian allows "вправо"/"направо", and "прав" must not be the start of "правильно".
const SIDE_WORD = wordsOf('textSides');

describe.each(CONTENT_LOCALES)('%s step text', (locale) => {
  const text = TEXTS[locale];

  it('is declared for its own locale', () => {
    expect(text.locale).toBe(locale);
  });

  it('every step has a name, an instruction and a safety cue', () => {
    for (const step of STEPS) {
      const t = text.steps[step.id];
      for (const field of ['name', 'instruction', 'safety'] as const) {
        expect(t?.[field]?.trim(), `${step.id}.${field}`).toBeTruthy();
      }
    }
  });

  it('one-sided steps carry a side label naming their side; symmetric steps carry none', () => {
    for (const step of STEPS) {
      const label = text.steps[step.id].sideLabel;
      if (step.side === 'both') expect(label, step.id).toBeUndefined();
      else expect(label, step.id).toMatch(SIDE_WORD[locale][step.side]);
    }
  });

  it("one-sided instructions mention the step's own side", () => {
    for (const step of STEPS) {
      if (step.side !== 'both')
        expect(text.steps[step.id].instruction, step.id).toMatch(SIDE_WORD[locale][step.side]);
    }
  });

  it('instructions are 2–3 short sentences, safety cues one sentence', () => {
    for (const step of STEPS) {
      const { instruction, safety } = text.steps[step.id];
      expect(sentencesOf(instruction).length, `${step.id}: ${instruction}`).toBeGreaterThanOrEqual(2);
      expect(sentencesOf(instruction).length, `${step.id}: ${instruction}`).toBeLessThanOrEqual(3);
      expect(sentencesOf(safety), step.id).toHaveLength(1);
      // Read in a 360-px popup: a long instruction would scroll while the timer runs.
      expect(instruction.length, step.id).toBeLessThanOrEqual(260);
      for (const sentence of sentencesOf(instruction))
        expect(sentence.length, sentence).toBeLessThanOrEqual(150);
    }
  });

  it('never asks to push through pain or go as far as possible', () => {
    const forcing = wordsOf('textForcing')[locale];
    for (const [path, s] of stringsOf(text)) expect(s, path).not.toMatch(forcing);
  });

  it('names each variant and phase', () => {
    expect(Object.keys(text.variants).sort()).toEqual([...VARIANT_IDS].sort());
    expect(Object.keys(text.phases).sort()).toEqual(['exercise', 'massage']);
  });
});

describe('the two languages', () => {
  it('have the same keys and the same number of items in every list', () => {
    for (const locale of CONTENT_LOCALES) expect(shapeOf(TEXTS[locale]), locale).toEqual(shapeOf(TEXT_EN));
  });

  it('Russian copy is Cyrillic throughout, with no English left in it', () => {
    for (const [path, s] of stringsOf({ ...TEXT_RU, locale: undefined })) {
      expect(s, path).toMatch(/[а-яё]/i);
      expect(s, path).not.toMatch(/[a-z]/i);
    }
  });

  it('English copy has no Cyrillic in it', () => {
    for (const [path, s] of stringsOf(TEXT_EN)) expect(s, path).not.toMatch(/[а-яё]/i);
  });

  it('Russian copy addresses the user as «вы», never «ты»', () => {
    // Informal imperatives end in -й/-и without -те ("сядь", "наклони"); spot-check the common ones.
    const informal =
      /(?<![а-яё])(ты|тебя|тебе|твой|твоя|твои|сядь|наклони|поверни|положи|держи|остановись)(?![а-яё])/i;
    for (const [path, s] of stringsOf(TEXT_RU)) expect(s, path).not.toMatch(informal);
  });

  it('Russian step names are not left identical to English ones', () => {
    for (const step of STEPS) expect(TEXT_RU.steps[step.id].name).not.toBe(TEXT_EN.steps[step.id].name);
  });
});

describe('loading text for a page', () => {
  it.each(CONTENT_LOCALES)('loadRoutineText(%s) resolves that language, valid', async (locale) => {
    const text = await loadRoutineText(locale);
    expect(text.locale).toBe(locale);
    expect(routineTextSchema.safeParse(text).error).toBeUndefined();
  });

  it('resolves a browser language tag to a content language', () => {
    expect(resolveContentLocale('ru')).toBe('ru');
    expect(resolveContentLocale('ru-RU')).toBe('ru');
    expect(resolveContentLocale('en-GB')).toBe('en');
    expect(resolveContentLocale('xx')).toBe('en'); // a language Nape does not speak
    expect(resolveContentLocale('rue')).toBe('en');
  });
});
