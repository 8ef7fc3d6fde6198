// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { STEPS } from '@/src/content/steps';
import { TEXTS } from './by-locale';
import { sentencesOf } from './helpers';
import { wordsOf } from './words';

// Two hard rules of the self-massage (docs/routine.md, Safety: rules 5 and 6): never press on the
// vertebrae, never massage the front of the throat. A sentence of massage copy may name the spine
// or the throat only to keep the hands beside it or away from it.

const WORDS = wordsOf('massageSafety');

// The deep work near the midline: each of these must say where the fingers go.
const BESIDE_THE_SPINE = ['ms-rub', 'ms-pinch', 'ms-squeeze', 'ev-press', 'ev-skull'] as const;

// The evening's gentle tilts: the hands rest in the lap, nowhere near the neck, so there is no
// spine or throat for the copy to keep them off.
const HANDS_RESTING: readonly string[] = ['ev-tilt-r', 'ev-tilt-l'];

const massageSteps = STEPS.filter((s) => s.phase === 'massage');

describe.each(CONTENT_LOCALES)('%s massage copy', (locale) => {
  const words = WORDS[locale];
  const copyOf = (id: (typeof STEPS)[number]['id']) => {
    const t = TEXTS[locale].steps[id];
    return `${t.instruction} ${t.safety}`;
  };

  it('names the spine or the throat only to keep the hands beside or away from it', () => {
    for (const step of massageSteps) {
      for (const sentence of sentencesOf(copyOf(step.id)).flatMap((s) => s.split(/;\s*/))) {
        if (words.spine.test(sentence) || words.throat.test(sentence)) {
          expect(sentence, step.id).toMatch(words.keepsClear);
        }
      }
    }
  });

  it('the steps worked next to the spine say to stay beside it', () => {
    for (const id of BESIDE_THE_SPINE) expect(copyOf(id), id).toMatch(words.besideSpine);
  });

  it('every massage step reminds the user to stay beside the spine or off the throat', () => {
    for (const step of massageSteps.filter((s) => !HANDS_RESTING.includes(s.id))) {
      const copy = copyOf(step.id);
      expect(words.besideSpine.test(copy) || words.offThroat.test(copy), `${step.id}: ${copy}`).toBe(true);
    }
  });

  it('the checks catch an unsafe instruction', () => {
    const unsafe = wordsOf('massageSafetyUnsafe')[locale];
    expect(unsafe).toMatch(words.spine);
    expect(unsafe).not.toMatch(words.keepsClear);
  });
});
