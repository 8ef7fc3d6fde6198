// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCueTimeline, type Cue, stepBudgets } from '@/src/content/cue-timeline';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { buildPlan } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { LIBRARY, type LibraryStep } from '@/src/core/routine/library';
import { SCRIPTS, WORDS_PER_SECOND_BUDGET } from './by-locale';

// A step's range of lengths in the library (src/core/routine/library.ts) is one the voice fits,
// whatever routine plays it ("My routine" may give any step any length in its range, next to any
// step the rules of a routine allow). Every step is played at the shortest and the longest, in
// every place the rules give it (posture first, with the stop rule; a stroke opening the massage,
// with the massage rule, or closing it; any other step mid-part), before every step that may
// follow it there (so the longest "Next: …" is among them), and at every speaking rate: every cue
// is said in its move, none overlaps the next, nothing of safety is ever left out, at a normal rate
// or faster only what the movement or the screen already says ("Hold.") may go, and the words keep
// to the budget. Timed by the calibrated speech model (speech-model.ts), which the player uses and
// which `npm run calibrate:speech` raises until no measured recording is longer than it says:
// voice-timing.test.ts checks the shipped routines against the recordings themselves.

const RATES = [0.5, 0.75, 1, 1.5, 2] as const;
const describeCue = (c: Cue) => `${c.kind} "${c.text}"`;

const isExercise = (s: LibraryStep) => s.phase === 'exercise' && s.role !== 'posture';
const isMassage = (s: LibraryStep) => s.phase === 'massage' && s.role !== 'stroke';
const isStroke = (s: LibraryStep) => s.role === 'stroke';

/** A place a step may take in a routine that keeps the rules (core/routine/my-routine.ts). */
interface Place {
  name: string;
  /** The step before it (none: it opens the routine). */
  before?: LibraryStep;
  /** Every step that may follow it there (none: it may end the routine). */
  next: readonly (LibraryStep | undefined)[];
}

/** The places the rules of a routine allow `step`, read from the library's facts alone. */
function placesOf(step: LibraryStep): Place[] {
  const others = LIBRARY.filter((s) => s.id !== step.id);
  const posture = LIBRARY.find((s) => s.role === 'posture');
  // After posture or an exercise: more exercises, or the massage, which opens with stroking; or
  // nothing, where there is no massage.
  const afterExercise = [undefined, ...others.filter((s) => isExercise(s) || isStroke(s))];
  // Inside the massage: more massage, or the stroking that closes it.
  const inMassage = others.filter((s) => isMassage(s) || isStroke(s));
  if (step.role === 'posture') return [{ name: 'first', next: afterExercise }];
  if (isExercise(step)) return [{ name: 'after posture', before: posture, next: afterExercise }];
  if (isStroke(step))
    return [
      // Either stroking may open the massage, and a massage of one stroking ends with it.
      { name: 'opening the massage', before: posture, next: [undefined, ...inMassage] },
      { name: 'closing the massage', before: others.find(isMassage), next: [undefined] },
    ];
  return [{ name: 'mid-massage', before: others.find(isStroke), next: inMassage }];
}

describe.each(CONTENT_LOCALES)('%s: every library step, at either end of its range', (locale) => {
  const script = SCRIPTS[locale];
  const cases = LIBRARY.flatMap((step) =>
    [step.seconds.min, step.seconds.max].flatMap((length) =>
      placesOf(step).map((place) => ({ id: step.id, length, place: place.name, step, where: place })),
    ),
  );

  it.each(cases)('$id for $length s, $place', ({ step, length, where }) => {
    // Every broken rule, each with its rate and next step, so one run names them all.
    const broken: string[] = [];
    for (const next of where.next) {
      const steps = [
        ...(where.before ? [{ step: where.before.id, seconds: where.before.seconds.min }] : []),
        { step: step.id, seconds: length },
        ...(next ? [{ step: next.id, seconds: next.seconds.min }] : []),
      ];
      const at = where.before ? 1 : 0;
      const plan = buildPlan({ id: 'mine', steps });
      for (const rate of RATES) {
        const said = `rate ${rate}, next ${next?.id ?? 'none'}:`;
        const timeline = buildCueTimeline(plan, script, { leadInMs: GET_READY_MS, rate });
        let freeAt = 0;
        for (const cue of timeline.cues) {
          if (cue.atMs < freeAt) broken.push(`${said} ${describeCue(cue)} overlaps the one before`);
          freeAt = cue.endMs;
          if (cue.step === at && cue.endMs > cue.dueMs)
            broken.push(`${said} ${describeCue(cue)} ends ${cue.endMs - cue.dueMs} ms late`);
        }
        for (const cue of timeline.dropped.filter((c) => c.step === at)) {
          if (cue.need === 'safety' || (rate >= 1 && cue.need !== 'confirm'))
            broken.push(`${said} ${describeCue(cue)} left out`);
        }
        const budget = stepBudgets(timeline, WORDS_PER_SECOND_BUDGET[locale])[at];
        if (rate === 1 && budget && budget.words > budget.limit * budget.seconds)
          broken.push(`${said} ${budget.words} words, over the budget of ${budget.limit * budget.seconds}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
