// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findBannedClaims } from '@/src/content/banned-claims';
import { script as SCRIPT_EN } from '@/src/content/lang/en';
import { script as SCRIPT_RU } from '@/src/content/lang/ru';
import { loadRoutineScript } from '@/src/content/load-script';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { routineScriptSchema } from '@/src/content/script-schema';
import { STEPS, type StepId } from '@/src/content/steps';
import { SCRIPTS } from './by-locale';
import { FORWARD_GLIDES, SKY_TURNS, sentencesOf, stringsOf } from './helpers';
import { wordsOf } from './words';

// The spoken script is content like the on-screen text: valid, in both languages, and keeping to
// the safety screen in every word. Where the sources disagree it takes the safer reading
// (docs/routine.md, Safety): a gentle stretch, never pain; Look at the sky turns about three
// quarters of the way; Spring and Goose end with the head back over the shoulders; the head comes
// up after Spring's chin-down (in the quick routine Look at the sky follows it); the hands stay
// beside the spine and off the throat.

const WORDS = wordsOf('script');

/** The exercise names Russians know from Shishonin's gymnastics (ru-glossary.md). */
const RUSSIAN_NAMES: Partial<Record<StepId, string>> = {
  'ex-metronome-r': 'Метроном',
  'ex-metronome-l': 'Метроном',
  'ex-spring-down': 'Пружина',
  'ex-goose-r': 'Гусь',
  'ex-goose-l': 'Гусь',
  'ex-sky-r': 'Взгляд в небо',
  'ex-sky-l': 'Взгляд в небо',
  'ex-frame-r': 'Рамка',
  'ex-frame-l': 'Рамка',
  'ex-heron': 'Цапля',
};

const saidIn = (locale: keyof typeof SCRIPTS, id: StepId) => {
  const s = SCRIPTS[locale].steps[id];
  return [s.start, ...s.during];
};

describe.each(CONTENT_LOCALES)('%s spoken script', (locale) => {
  const script = SCRIPTS[locale];
  const words = WORDS[locale];

  it('is valid and declared for its own locale', () => {
    expect(routineScriptSchema.safeParse(script).error).toBeUndefined();
    expect(script.locale).toBe(locale);
  });

  it('one-sided steps name their side, and their cues say it; symmetric steps have no side', () => {
    for (const step of STEPS) {
      const { side } = script.steps[step.id];
      if (step.side === 'both') {
        expect(side, step.id).toBeUndefined();
        continue;
      }
      expect(side, step.id).toMatch(words[step.side]);
      expect(saidIn(locale, step.id).join(' '), step.id).toMatch(words[step.side]);
    }
  });

  it('the stop rule names pain and dizziness; the massage rule the throat and the spine', () => {
    expect(script.stopRule).toMatch(words.pain);
    expect(script.stopRule).toMatch(words.dizzy);
    expect(script.massageRule).toMatch(words.throat);
    expect(script.massageRule).toMatch(words.spine);
    expect(script.massageRule).toMatch(words.keepsClear);
  });

  it('never asks to force a movement or to push through pain, and makes no medical promise', () => {
    for (const [path, s] of stringsOf(script)) {
      expect(s, path).not.toMatch(words.forcing);
      expect(findBannedClaims(s), path).toEqual([]);
    }
  });

  it('names the spine or the throat only to keep the hands beside or away from it', () => {
    const massage = STEPS.filter((s) => s.phase === 'massage').flatMap((s) => saidIn(locale, s.id));
    for (const sentence of [script.massageRule, ...massage].flatMap(sentencesOf)) {
      if (words.spine.test(sentence) || words.throat.test(sentence))
        expect(sentence).toMatch(words.keepsClear);
    }
  });

  it('Look at the sky turns about three quarters of the way', () => {
    for (const id of SKY_TURNS) expect(script.steps[id].start, id).toMatch(words.threeQuarters);
  });

  it('Spring and Goose end with the head over the shoulders, not the chin pushed forward', () => {
    for (const id of FORWARD_GLIDES) expect(script.steps[id].during.at(-1), id).toMatch(words.overShoulders);
  });

  it("Spring's chin-down brings the head back up before the step ends", () => {
    expect(script.steps['ex-spring-down'].during.at(-1)).toMatch(words.up);
  });
});

describe('the two scripts', () => {
  it('Russian is Cyrillic throughout, with no English left in it', () => {
    for (const [path, s] of stringsOf({ ...SCRIPT_RU, locale: undefined })) {
      // Template placeholders are code, not words.
      const said = s.replace(/\{[a-z]+\}/g, '');
      if (/\p{L}/u.test(said)) expect(said, path).toMatch(/[а-яё]/i);
      expect(said, path).not.toMatch(/[a-z]/i);
    }
  });

  it('English has no Cyrillic in it', () => {
    for (const [path, s] of stringsOf(SCRIPT_EN)) expect(s, path).not.toMatch(/[а-яё]/i);
  });

  it('Russian addresses the user as «вы», never «ты»', () => {
    const informal =
      /(?<![а-яё])(ты|тебя|тебе|твой|твоя|твои|сядь|наклони|поверни|положи|держи|задержись|остановись|гладь|тянись)(?![а-яё])/i;
    for (const [path, s] of stringsOf(SCRIPT_RU)) expect(s, path).not.toMatch(informal);
  });

  it('Russian calls the exercises by the names Russians know', () => {
    for (const [id, name] of Object.entries(RUSSIAN_NAMES))
      expect(SCRIPT_RU.steps[id as StepId].name, id).toMatch(new RegExp(`^${name}(:|$)`));
  });

  it.each(CONTENT_LOCALES)('loadRoutineScript(%s) resolves that language', async (locale) => {
    expect((await loadRoutineScript(locale)).locale).toBe(locale);
  });
});
