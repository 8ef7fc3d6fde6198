import { describe, expect, it } from 'vitest';
import { timedPlan } from '@/src/content/routines';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS, progress, startSession, stop } from '@/src/core/routine';
import { libraryStep, type RoutineStep } from '@/src/core/routine/my-routine';

// "My routine" is timed and played from the settings as they are: the worker and the popup time
// it (timedPlan), the player plays it (getVariant), and a routine changed while it plays is
// clamped to the one found, never trusted past its end.

const shortest = (ids: readonly string[]): RoutineStep[] =>
  ids.map((step) => ({ step, seconds: libraryStep(step)?.seconds.min ?? 0 }));
const LONG = shortest([
  'ex-posture',
  'ex-metronome-r',
  'ex-metronome-l',
  'ms-stroke-open',
  'ms-stroke-close',
]);
const SHORT = shortest(['ex-posture', 'ms-stroke-open', 'ms-stroke-close']);
const T0 = Date.UTC(2026, 11, 4, 9);

describe("'mine' as a plan", () => {
  it('is the saved steps and lengths, for the worker and for the player alike', () => {
    const timed = timedPlan('mine', LONG);
    expect(timed.steps).toEqual(LONG.map((s) => ({ id: s.step, durationMs: s.seconds * 1000 })));
    const played = getVariant('mine', LONG);
    expect(played.steps.map((s) => [s.id, s.durationMs, s.phase])).toEqual(
      LONG.map((s) => [s.step, s.seconds * 1000, libraryStep(s.step)?.phase]),
    );
    expect(played.totalMs).toBe(LONG.reduce((n, s) => n + s.seconds * 1000, 0));
    // Built once while the routine stays the same; again when it changes.
    expect(getVariant('mine', [...LONG])).toBe(played);
    expect(getVariant('mine', SHORT)).not.toBe(played);
  });

  it('leaves out a step this Nape does not know rather than stop the player', () => {
    const newer = [
      ...LONG.slice(0, -1),
      { step: 'ms-from-the-future', seconds: 20 },
      LONG.at(-1) as RoutineStep,
    ];
    expect(getVariant('mine', newer).steps.map((s) => s.id)).toEqual(LONG.map((s) => s.step));
  });

  it('a routine shortened while it plays is clamped to its new end: done, and counted at most whole', () => {
    const session = startSession(timedPlan('mine', LONG), T0, T0);
    const late = T0 + GET_READY_MS + 50_000; // past the short routine's end, inside the long one's
    expect(progress(session, timedPlan('mine', LONG), late).stage).not.toBe('done');
    expect(progress(session, timedPlan('mine', SHORT), late).stage).toBe('done');
    const { fraction } = stop(session, timedPlan('mine', SHORT), late);
    expect(fraction).toBeGreaterThan(0);
    expect(fraction).toBeLessThanOrEqual(1);
  });
});
