import { describe, expect, it } from 'vitest';
import {
  next,
  pause,
  previous,
  progress,
  type RoutineProgress,
  type RoutineSession,
  reopen,
  resume,
  startSession,
  tick,
} from '@/src/core/routine';
import { SECOND } from '@/src/core/time';
import { FULL, planOf, SHORT, T0 } from './plans';

// SHORT on the routine-time line: get-ready 0–3 s, steps at 3–13, 13–33, 33–63 s, done from 63 s.
const at = (seconds: number) => T0 + seconds * SECOND;
type Where = Pick<RoutineProgress, 'stage' | 'stepIndex' | 'stepElapsedMs'> & {
  getReadyRemainingMs?: number;
};

const GET_READY_START: Where = {
  stage: 'get-ready',
  stepIndex: 0,
  stepElapsedMs: 0,
  getReadyRemainingMs: 3000,
};
const startOf = (stepIndex: number): Where => ({ stage: 'step', stepIndex, stepElapsedMs: 0 });
const DONE: Where = { stage: 'done', stepIndex: 2, stepElapsedMs: 30 * SECOND };

describe.each([
  ['playing', (s: RoutineSession) => s],
  ['paused', (s: RoutineSession, now: number) => pause(s, now)],
])('while %s', (state, prepare) => {
  const sessionAt = (t: number) => prepare(startSession(SHORT, T0, T0), at(t));
  const paused = state === 'paused';

  it.each([
    ['get-ready', 1, startOf(0)],
    ['the first step', 5, startOf(1)],
    ['a middle step', 20, startOf(2)],
    ['the last step', 40, DONE],
    ['done', 70, DONE],
  ] as const)('Next from %s (at %s s) goes to %o', (_where, t, expected) => {
    const after = next(sessionAt(t), SHORT, at(t));
    expect(progress(after, SHORT, at(t))).toMatchObject({ ...expected, paused });
  });

  it.each([
    ['get-ready restarts the countdown', 1, GET_READY_START],
    ['2 s into the first step restarts it', 5, startOf(0)],
    ['8 s into the first step restarts it', 11, startOf(0)],
    ['2 s into a middle step goes to the step before', 15, startOf(0)],
    ['exactly 3 s into a step goes to the step before', 16, startOf(0)],
    ['just over 3 s into a step restarts it', 16.001, startOf(1)],
    ['10 s into a middle step restarts it', 23, startOf(1)],
    ['1 s into the last step goes to the step before', 34, startOf(1)],
    ['20 s into the last step restarts it', 53, startOf(2)],
    ['done goes back to the start of the last step', 70, startOf(2)],
  ] as const)('Previous from %s', (_case, t, expected) => {
    const after = previous(sessionAt(t), SHORT, at(t));
    expect(progress(after, SHORT, at(t))).toMatchObject({ ...expected, paused });
  });
});

describe('after a jump', () => {
  it('the routine carries on playing from the new step', () => {
    const s = next(startSession(SHORT, T0, T0), SHORT, at(5)); // to step 1 at 5 s
    expect(progress(s, SHORT, at(10))).toMatchObject({
      stage: 'step',
      stepIndex: 1,
      stepElapsedMs: 5 * SECOND,
    });
    expect(progress(s, SHORT, at(25))).toMatchObject({ stage: 'step', stepIndex: 2, stepElapsedMs: 0 });
  });

  it('a paused session stays where Next put it until resumed', () => {
    const s = next(pause(startSession(SHORT, T0, T0), at(5)), SHORT, at(8));
    expect(progress(s, SHORT, at(500))).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, paused: true });
    const resumed = resume(s, at(600));
    expect(progress(resumed, SHORT, at(604))).toMatchObject({ stepIndex: 1, stepElapsedMs: 4 * SECOND });
  });

  it('pressing Next once per step walks every step of the full routine, then stays done', () => {
    let s = startSession(FULL, T0, T0);
    const seen: number[] = [];
    for (let i = 0; i < 25; i++) {
      s = next(s, FULL, at(1));
      const p = progress(s, FULL, at(1));
      if (p.stage === 'step') seen.push(p.stepIndex);
      else expect(p.stage).toBe('done');
    }
    expect(seen).toEqual(Array.from({ length: 19 }, (_, i) => i));
  });

  it('pressing Previous over and over ends at step 0, not before it', () => {
    let s = startSession(SHORT, T0, T0);
    for (let i = 0; i < 10; i++) s = previous(s, SHORT, at(50));
    expect(progress(s, SHORT, at(50))).toMatchObject(startOf(0));
  });

  it('skips steps of no length instead of landing on them', () => {
    const plan = planOf([10, 0, 20]);
    const s = startSession(plan, T0, T0);
    expect(progress(next(s, plan, at(5)), plan, at(5))).toMatchObject(startOf(2));
    expect(progress(previous(s, plan, at(14)), plan, at(14))).toMatchObject(startOf(0));
  });
});

describe('every command returns a new session and leaves its input alone', () => {
  const frozen = Object.freeze({
    ...startSession(SHORT, T0, T0),
    practisedByStepMs: Object.freeze([0, 0, 0]),
  });
  const before = JSON.stringify(frozen);

  it.each([
    ['pause', () => pause(frozen as RoutineSession, at(5))],
    ['resume', () => resume(pause(frozen as RoutineSession, at(5)), at(9))],
    ['next', () => next(frozen as RoutineSession, SHORT, at(5))],
    ['previous', () => previous(frozen as RoutineSession, SHORT, at(20))],
    ['tick', () => tick(frozen as RoutineSession, at(5))],
  ])('%s', (_name, run) => {
    const after = run();
    expect(after).not.toBe(frozen);
    expect(after.lastTickAt).toBeGreaterThan(frozen.lastTickAt);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('a late tick', () => {
  it('never moves the last tick back, so a Resume is not undone by the frame before it', () => {
    const resumed = resume(pause(startSession(FULL, at(0), T0), at(10)), at(12));
    // The tick of the frame drawn at 11 s runs after the press at 12 s…
    const late = tick(resumed, at(11));
    expect(late.lastTickAt).toBe(at(12));
    // …and the next change, 2.5 s after the press, finds the page alive: the routine plays on.
    expect(reopen(late, at(14.5)).pausedAt).toBeNull();
  });
});
