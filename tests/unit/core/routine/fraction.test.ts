import { describe, expect, it } from 'vitest';
import {
  next,
  pause,
  previous,
  progress,
  type RoutineSession,
  resume,
  startSession,
  stop,
} from '@/src/core/routine';
import { SECOND } from '@/src/core/time';
import { FULL, QUICK, SHORT, T0 } from './plans';

// "Fraction done" is practised time over the routine's length: time the player actually ran
// through inside the steps (not during get-ready, not paused, not jumped over), each step counting
// for at most its own length.
const at = (seconds: number) => T0 + seconds * SECOND;

describe('fraction done', () => {
  it('is about 0 after pressing Next through every step', () => {
    let s = startSession(FULL, T0, T0);
    for (let i = 0; i < 20; i++) s = next(s, FULL, at(1 + i * 0.2)); // a press every 200 ms
    const p = progress(s, FULL, at(10));
    expect(p.stage).toBe('done');
    expect(p.overall).toBe(1);
    // Each step was on screen for the 200 ms between presses: 19 × 0.2 s of 300 s.
    expect(p.fraction).toBeCloseTo(3.8 / 300);
    expect(p.fraction).toBeLessThan(0.02);
    expect(stop(s, FULL, at(10)).fraction).toBe(p.fraction);
  });

  it.each([
    ['full', FULL, 300],
    ['quick', QUICK, 120],
  ] as const)('is 1 after playing the %s routine through', (_name, plan, seconds) => {
    const s = startSession(plan, T0, T0);
    expect(stop(s, plan, at(3 + seconds)).fraction).toBe(1);
    expect(stop(s, plan, at(3 + seconds + 600)).fraction).toBe(1);
  });

  it('is 0.5 after playing half the routine, then stopping', () => {
    expect(stop(startSession(FULL, T0, T0), FULL, at(3 + 150)).fraction).toBe(0.5);
  });

  it('does not count the get-ready countdown', () => {
    expect(stop(startSession(FULL, T0, T0), FULL, at(3)).fraction).toBe(0);
  });

  it('does not count time spent paused', () => {
    const s = pause(startSession(FULL, T0, T0), at(63)); // 60 s played
    expect(stop(s, FULL, at(1000)).fraction).toBe(0.2);
    expect(stop(resume(s, at(1000)), FULL, at(1030)).fraction).toBe(0.3);
  });

  it('is about 0.5 after playing the first half and skipping the rest', () => {
    let s = startSession(SHORT, T0, T0);
    // Play step 0 and step 1 fully (30 of 60 s), then Next through step 2.
    s = next(s, SHORT, at(33));
    expect(progress(s, SHORT, at(33)).stage).toBe('done');
    expect(stop(s, SHORT, at(40)).fraction).toBe(0.5);
  });

  it('counts a step played after a jump back in, and keeps counting across later steps', () => {
    let s = startSession(SHORT, T0, T0);
    s = next(s, SHORT, at(1)); // skip the countdown: step 0 from 1 s
    s = next(s, SHORT, at(6)); // 5 s of step 0, then to step 1
    expect(stop(s, SHORT, at(36)).fraction).toBeCloseTo((5 + 20 + 10) / 60);
  });

  it('cannot go above what a step is worth by redoing it with Previous', () => {
    let s: RoutineSession = startSession(SHORT, T0, T0);
    // Play all of step 0 (10 s) and 2 s of step 1, go back to step 0, play 9 s of it, restart it.
    s = previous(s, SHORT, at(3 + 10 + 2)); // 2 s into step 1: back to the start of step 0
    s = previous(s, SHORT, at(3 + 10 + 2 + 9)); // 9 s into step 0: restart step 0
    const backInStep1 = at(3 + 10 + 2 + 9 + 10); // step 0 played a third time, in full
    expect(progress(s, SHORT, backInStep1)).toMatchObject({ stepIndex: 1, stepElapsedMs: 0 });
    // Step 0 was played for 29 s but is worth 10; step 1 got 2 s.
    expect(stop(s, SHORT, backInStep1).fraction).toBeCloseTo(12 / 60);
    // Playing on to the end (50 s more) makes it exactly 1, and it stays there.
    expect(stop(s, SHORT, backInStep1 + 50 * SECOND)).toEqual({ fraction: 1 });
    expect(stop(s, SHORT, backInStep1 + 500 * SECOND)).toEqual({ fraction: 1 });
  });

  it('counts a routine with no steps as not done', () => {
    const empty = { id: 'quick' as const, steps: [] };
    expect(stop(startSession(empty, T0, T0), empty, at(100)).fraction).toBe(0);
  });
});
