import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '@/src/core/routine/library';
import {
  checkMyRoutine,
  libraryStep,
  MY_ROUTINE_SECONDS,
  type MyRoutineCode,
  type RoutineStep,
  routineSeconds,
} from '@/src/core/routine/my-routine';
import { anyRoutine, FULL_AS_MINE, validRoutine } from '@/tests/support/my-routine';

// "My routine"'s rules (docs/routine.md, My routine), held to what each rule says: a routine the
// check accepts keeps every one of them, checked here without the check's own code; and every
// way of breaking one, made by spoiling a valid routine, is reported with its code.

const SEED = 20261204;
const RUNS = { seed: SEED, numRuns: 400 };

const codesOf = (r: readonly RoutineStep[]) => checkMyRoutine(r).map((v) => v.code);
const reports = (r: readonly RoutineStep[], code: MyRoutineCode, index?: number) =>
  checkMyRoutine(r).some((v) => v.code === code && (index === undefined || v.index === index));

/** Each rule, said plainly: the test's own reading, not the checker's. */
function keepsEveryRule(r: readonly RoutineStep[]): string[] {
  const broken: string[] = [];
  const entries = r.map((s) => libraryStep(s.step));
  if (r.length === 0) broken.push('no steps');
  if (entries.some((e) => e === undefined)) broken.push('an unknown step');
  if (new Set(r.map((s) => s.step)).size !== r.length) broken.push('a step twice');
  if (entries[0]?.role !== 'posture') broken.push('posture is not first');
  const phases = entries.map((e) => e?.phase);
  if (phases.lastIndexOf('exercise') > phases.indexOf('massage') && phases.includes('massage'))
    broken.push('an exercise after the massage began');
  const massage = entries.filter((e) => e?.phase === 'massage');
  if (massage.length > 0 && (massage[0]?.role !== 'stroke' || massage.at(-1)?.role !== 'stroke'))
    broken.push('the massage is not between strokes');
  for (const e of entries)
    if (e?.twin !== undefined && !r.some((s) => s.step === e.twin))
      broken.push(`${e.id} without its other side`);
  r.forEach((s, i) => {
    const range = entries[i]?.seconds;
    if (range && !(Number.isInteger(s.seconds) && s.seconds >= range.min && s.seconds <= range.max))
      broken.push(`${s.step} for ${s.seconds} s`);
  });
  const total = routineSeconds(r);
  if (total < MY_ROUTINE_SECONDS.min || total > MY_ROUTINE_SECONDS.max) broken.push(`${total} s in all`);
  return broken;
}

describe('the step library’s facts the rules read', () => {
  it('pairs every one-sided step with its other side, in the same part, each naming the other', () => {
    for (const step of LIBRARY) {
      if (step.side === 'both') {
        expect(step.twin, step.id).toBeUndefined();
        continue;
      }
      const twin = step.twin === undefined ? undefined : libraryStep(step.twin);
      expect(twin, `${step.id}'s twin`).toBeDefined();
      expect(twin?.twin, step.id).toBe(step.id);
      expect(twin?.side, step.id).toBe(step.side === 'left' ? 'right' : 'left');
      expect(twin?.phase, step.id).toBe(step.phase);
    }
  });

  it('has a posture step and, for the massage, stroking steps, each in its part', () => {
    expect(LIBRARY.filter((s) => s.role === 'posture').every((s) => s.phase === 'exercise')).toBe(true);
    expect(LIBRARY.filter((s) => s.role === 'posture').length).toBeGreaterThan(0);
    expect(LIBRARY.filter((s) => s.role === 'stroke').every((s) => s.phase === 'massage')).toBe(true);
    expect(LIBRARY.filter((s) => s.role === 'stroke').length).toBeGreaterThan(1);
  });
});

describe(`My routine's rules (fast-check seed ${SEED})`, () => {
  it('accept the full routine (each step at least its shortest), and posture alone is too short', () => {
    expect(codesOf(FULL_AS_MINE)).toEqual([]);
    expect(codesOf([{ step: 'ex-posture', seconds: 30 }])).toEqual(['mine-total-short']);
    expect(codesOf([])).toEqual(['mine-empty']);
  });

  it('accept every routine built the way the rules describe', () => {
    fc.assert(
      fc.property(validRoutine, (r) => {
        expect(checkMyRoutine(r)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('accept only routines that keep every rule', () => {
    fc.assert(
      fc.property(fc.oneof(anyRoutine, validRoutine), (r) => {
        if (checkMyRoutine(r).length === 0) expect(keepsEveryRule(r)).toEqual([]);
        else expect(keepsEveryRule(r).length).toBeGreaterThan(0);
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('report a one-sided step without its other side', () => {
    fc.assert(
      fc.property(validRoutine, fc.nat(), (r, pick) => {
        const sided = r.filter((s) => libraryStep(s.step)?.twin !== undefined);
        fc.pre(sided.length > 0);
        const dropped = sided[pick % sided.length] as RoutineStep;
        const spoiled = r.filter((s) => s !== dropped);
        const left = spoiled.findIndex((s) => s.step === libraryStep(dropped.step)?.twin);
        expect(reports(spoiled, 'mine-missing-twin', left)).toBe(true);
      }),
      RUNS,
    );
  });

  it('report an exercise moved after the massage', () => {
    fc.assert(
      fc.property(validRoutine, fc.nat(), (r, pick) => {
        const exercises = r.filter((s, i) => i > 0 && libraryStep(s.step)?.phase === 'exercise');
        fc.pre(exercises.length > 0 && r.some((s) => libraryStep(s.step)?.phase === 'massage'));
        const moved = exercises[pick % exercises.length] as RoutineStep;
        const spoiled = [...r.filter((s) => s !== moved), moved];
        expect(reports(spoiled, 'mine-exercise-after-massage', spoiled.length - 1)).toBe(true);
      }),
      RUNS,
    );
  });

  it('report the massage put before an exercise', () => {
    fc.assert(
      fc.property(validRoutine, (r) => {
        const firstMassage = r.findIndex((s) => libraryStep(s.step)?.phase === 'massage');
        fc.pre(firstMassage > 1);
        // The massage's opening stroke swapped with the exercise before it.
        const spoiled = [...r];
        [spoiled[firstMassage - 1], spoiled[firstMassage]] = [
          r[firstMassage] as RoutineStep,
          r[firstMassage - 1] as RoutineStep,
        ];
        expect(reports(spoiled, 'mine-exercise-after-massage', firstMassage)).toBe(true);
      }),
      RUNS,
    );
  });

  it('report a step shorter or longer than its range', () => {
    fc.assert(
      fc.property(validRoutine, fc.nat(), fc.boolean(), (r, pick, short) => {
        const i = pick % r.length;
        const range = libraryStep((r[i] as RoutineStep).step)?.seconds;
        if (!range) throw new Error('a valid routine has only library steps');
        const spoiled = r.map((s, j) =>
          j === i ? { ...s, seconds: short ? range.min - 1 : range.max + 1 } : s,
        );
        const code = short ? 'mine-step-short' : 'mine-step-long';
        expect(reports(spoiled, code, i)).toBe(true);
        expect(checkMyRoutine(spoiled).find((v) => v.code === code)?.limit).toBe(
          short ? range.min : range.max,
        );
      }),
      RUNS,
    );
  });

  it('report a routine too long in all', () => {
    fc.assert(
      fc.property(validRoutine, (r) => {
        const longest = r.map((s) => ({ ...s, seconds: libraryStep(s.step)?.seconds.max ?? 0 }));
        fc.pre(routineSeconds(longest) > MY_ROUTINE_SECONDS.max);
        expect(codesOf(longest)).toEqual(['mine-total-long']);
      }),
      RUNS,
    );
  });

  it('report a routine too short in all', () => {
    fc.assert(
      fc.property(validRoutine, (r) => {
        // Posture and the massage's strokes alone, each at its shortest.
        const shortest = r
          .filter((s) => libraryStep(s.step)?.role !== undefined)
          .map((s) => ({ ...s, seconds: libraryStep(s.step)?.seconds.min ?? 0 }));
        fc.pre(routineSeconds(shortest) < MY_ROUTINE_SECONDS.min);
        expect(codesOf(shortest)).toEqual(['mine-total-short']);
      }),
      RUNS,
    );
  });

  it('report a massage that does not open or close with stroking', () => {
    fc.assert(
      fc.property(validRoutine, fc.boolean(), (r, atStart) => {
        const first = r.findIndex((s) => libraryStep(s.step)?.phase === 'massage');
        fc.pre(first >= 0 && r.length - first >= 3);
        const spoiled = [...r];
        const [a, b] = atStart ? [first, first + 1] : [r.length - 1, r.length - 2];
        [spoiled[a], spoiled[b]] = [r[b] as RoutineStep, r[a] as RoutineStep];
        expect(reports(spoiled, atStart ? 'mine-stroke-open' : 'mine-stroke-close', a)).toBe(true);
      }),
      RUNS,
    );
  });

  it('report posture not first, a step twice, and a step Nape does not know', () => {
    fc.assert(
      fc.property(validRoutine, fc.nat(), (r, pick) => {
        const i = pick % r.length;
        expect(reports(r.slice(1), 'mine-posture-first', 0) || r.length === 1).toBe(true);
        expect(reports([...r, r[i] as RoutineStep], 'mine-repeated', r.length)).toBe(true);
        const unknown = r.map((s, j) => (j === i ? { ...s, step: 'zz-not-a-step' } : s));
        expect(reports(unknown, 'mine-unknown-step', i)).toBe(true);
      }),
      RUNS,
    );
  });

  it('report a length that is not a whole number of seconds', () => {
    const r = FULL_AS_MINE.map((s, i) => ({ ...s, seconds: i === 3 ? 12.5 : s.seconds }));
    expect(checkMyRoutine(r)).toEqual([{ code: 'mine-step-whole', index: 3 }]);
    const empty = FULL_AS_MINE.map((s, i) => ({
      ...s,
      seconds: i === 3 ? Number.NaN : s.seconds,
    }));
    expect(codesOf(empty)).toEqual(['mine-step-short', 'mine-total-short']);
  });
});
