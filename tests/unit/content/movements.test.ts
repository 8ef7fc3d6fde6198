// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { text as TEXT_RU } from '@/src/content/lang/ru';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { STEPS, type StepId } from '@/src/content/steps';
import { VARIANT_SOURCES } from '@/src/content/variants';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { TEXTS } from './by-locale';
import { FORWARD_GLIDES, SKY_TURNS, sentencesOf } from './helpers';
import { wordsOf } from './words';

// The movements the text asks for keep to the safety screen (issue 10): no poked chin, the head
// drawn back after every forward glide, a three-quarter turn when the head also tilts up, and
// every exercise ending with the head back upright, so any list of library steps (and the quick
// routine's chin-down → Look at the sky) never starts a step from a bowed or turned head.

const WORDS = wordsOf('movements');

const lastSentence = (text: string): string => sentencesOf(text).at(-1) ?? '';

describe.each(CONTENT_LOCALES)('%s movement copy', (locale) => {
  const steps = TEXTS[locale].steps;
  const words = WORDS[locale];
  const copy = (id: StepId) => `${steps[id].instruction} ${steps[id].safety}`;

  it('never asks to push the chin forward and up', () => {
    for (const step of STEPS) expect(copy(step.id), step.id).not.toMatch(words.pokedChin);
  });

  it('Spring and Goose end with the head drawn back over the shoulders', () => {
    for (const id of FORWARD_GLIDES) {
      expect(lastSentence(steps[id].instruction), id).toMatch(words.drawnBack);
    }
  });

  it('Look at the sky turns about three quarters of the way, never to the end of the range', () => {
    for (const id of SKY_TURNS) {
      expect(steps[id].instruction, id).toMatch(words.threeQuarters);
      expect(steps[id].instruction.replace(words.threeQuarters, ''), id).not.toMatch(words.fullTurn);
    }
  });

  it('every exercise ends with the head back upright, so any next step starts from there', () => {
    for (const step of STEPS.filter((s) => s.phase === 'exercise')) {
      expect(lastSentence(steps[step.id].instruction), step.id).toMatch(words.upright);
    }
  });

  it('both kneading steps say to stop if tingling runs down the arm', () => {
    for (const id of ['ms-knead-l', 'ms-knead-r'] as const)
      expect(steps[id].safety, id).toMatch(words.armTingling);
  });

  it('both-sides massage done one hand at a time says to switch hands', () => {
    for (const id of ['ms-pinch', 'ms-squeeze'] as const)
      expect(steps[id].instruction, id).toMatch(words.switchHands);
  });
});

describe('the routines bring the head up before Look at the sky', () => {
  // The routines with a Look at the sky (the evening's massage has none), and its first steps.
  const SKY_FIRST: readonly string[] = ['ex-sky-r', 'ex-sky-long-r'];
  const withSky = SHIPPED_VARIANT_IDS.filter((v) =>
    VARIANT_SOURCES[v].steps.some((s) => SKY_FIRST.includes(s.step)),
  );

  it('every routine with gymnastics has one', () => {
    expect(withSky).toEqual(SHIPPED_VARIANT_IDS.filter((v) => v !== 'evening'));
  });

  it.each(withSky)('%s: the step before each Look at the sky ends with the head upright', (variant) => {
    const ids = VARIANT_SOURCES[variant].steps.map((s) => s.step);
    const before = ids.filter((_, i) => SKY_FIRST.includes(ids[i + 1] ?? ''));
    expect(before.length).toBeGreaterThan(0);
    for (const id of before) {
      expect(lastSentence(TEXT_EN.steps[id].instruction), id).toMatch(WORDS.en.upright);
      expect(lastSentence(TEXT_RU.steps[id].instruction), id).toMatch(WORDS.ru.upright);
    }
  });

  it('the check above catches a step that leaves the head bowed', () => {
    expect(lastSentence('Slowly lower your chin toward your chest and hold.')).not.toMatch(WORDS.en.upright);
    expect(lastSentence('Медленно опустите подбородок к груди и задержитесь.')).not.toMatch(WORDS.ru.upright);
  });
});
