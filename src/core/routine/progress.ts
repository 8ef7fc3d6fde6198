import type { TimedPlan } from './plan';
import { fractionDone, positionMs } from './position';
import type { RoutineSession } from './session';
import { GET_READY_MS, placeOf, timelineOf } from './timeline';

export type RoutineStage = 'get-ready' | 'step' | 'done';

/** Everything the player shows, derived from the stored session, the plan and `now`. */
export interface RoutineProgress {
  stage: RoutineStage;
  /**
   * The step the numbers below describe, always a valid index when the plan has steps: the step
   * coming up during get-ready (0), the one playing, or the last one once done.
   */
  stepIndex: number;
  /** Into that step: 0 during get-ready, the whole step once done. */
  stepElapsedMs: number;
  stepRemainingMs: number;
  /** The countdown before the first step; 0 once the steps have begun. */
  getReadyRemainingMs: number;
  /** Position within the steps (0..totalMs), jumps included: what the progress bar shows. */
  totalElapsedMs: number;
  /** The routine's length without the countdown. */
  totalMs: number;
  /** totalElapsedMs / totalMs, 0..1 (1 once done, even for a routine with no length). */
  overall: number;
  paused: boolean;
  /** What has actually been done, 0..1; steps skipped with Next don't count (see position.ts). */
  fraction: number;
}

export function progress(s: RoutineSession, plan: TimedPlan, now: number): RoutineProgress {
  const tl = timelineOf(plan);
  const pos = positionMs(s, tl, now);
  const place = placeOf(tl, pos);
  const lastIndex = Math.max(0, tl.durations.length - 1);
  const totalElapsedMs = Math.min(tl.totalMs, Math.max(0, pos - GET_READY_MS));
  const common = {
    totalElapsedMs,
    totalMs: tl.totalMs,
    overall: place.stage === 'done' ? 1 : tl.totalMs > 0 ? totalElapsedMs / tl.totalMs : 0,
    paused: s.pausedAt !== null,
    fraction: fractionDone(s, tl, now),
  };
  switch (place.stage) {
    case 'get-ready':
      return {
        ...common,
        stage: 'get-ready',
        stepIndex: 0,
        stepElapsedMs: 0,
        stepRemainingMs: tl.durations[0] ?? 0,
        getReadyRemainingMs: GET_READY_MS - pos,
      };
    case 'step':
      return {
        ...common,
        stage: 'step',
        stepIndex: place.index,
        stepElapsedMs: pos - place.startMs,
        stepRemainingMs: place.endMs - pos,
        getReadyRemainingMs: 0,
      };
    case 'done':
      return {
        ...common,
        stage: 'done',
        stepIndex: lastIndex,
        stepElapsedMs: tl.durations[lastIndex] ?? 0,
        stepRemainingMs: 0,
        getReadyRemainingMs: 0,
      };
  }
}
