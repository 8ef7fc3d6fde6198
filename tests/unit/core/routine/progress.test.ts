import { describe, expect, it } from 'vitest';
import { GET_READY_MS, pause, progress, resume, startSession } from '@/src/core/routine';
import { SECOND } from '@/src/core/time';
import { FULL, QUICK, SHORT, T0 } from './plans';

// SHORT on the routine-time line: get-ready 0–3 s, steps at 3–13, 13–33, 33–63 s, done from 63 s.
const at = (seconds: number) => T0 + seconds * SECOND;

describe('progress of an untouched session', () => {
  const s = startSession(SHORT, T0, T0);

  it.each([
    // [seconds since start, stage, stepIndex, stepElapsed s, stepRemaining s, getReadyRemaining s, totalElapsed s]
    [0, 'get-ready', 0, 0, 10, 3, 0],
    [1.5, 'get-ready', 0, 0, 10, 1.5, 0],
    [2.999, 'get-ready', 0, 0, 10, 0.001, 0],
    [3, 'step', 0, 0, 10, 0, 0],
    [12.999, 'step', 0, 9.999, 0.001, 0, 9.999],
    [13, 'step', 1, 0, 20, 0, 10],
    [40, 'step', 2, 7, 23, 0, 37],
    [62.999, 'step', 2, 29.999, 0.001, 0, 59.999],
    [63, 'done', 2, 30, 0, 0, 60],
    [3600, 'done', 2, 30, 0, 0, 60],
  ] as const)(
    'at %s s: %s, step %s, %s s in, %s s left, countdown %s s, %s s of the steps elapsed',
    (t, stage, stepIndex, elapsed, remaining, getReady, total) => {
      const p = progress(s, SHORT, at(t));
      expect(p).toMatchObject({ stage, stepIndex, totalMs: 60 * SECOND, paused: false });
      expect(p.stepElapsedMs).toBeCloseTo(elapsed * SECOND);
      expect(p.stepRemainingMs).toBeCloseTo(remaining * SECOND);
      expect(p.getReadyRemainingMs).toBeCloseTo(getReady * SECOND);
      expect(p.totalElapsedMs).toBeCloseTo(total * SECOND);
      expect(p.overall).toBeCloseTo(total / 60);
    },
  );

  it('counts the 3-second get-ready outside the step durations', () => {
    expect(GET_READY_MS).toBe(3 * SECOND);
    expect(progress(s, SHORT, at(2)).overall).toBe(0);
  });

  it.each([
    ['full', FULL, 19, 300],
    ['quick', QUICK, 10, 120],
  ] as const)('the %s routine runs %s steps over %s s, then is done', (_name, plan, steps, seconds) => {
    const session = startSession(plan, T0, T0);
    const end = 3 + seconds;
    expect(progress(session, plan, at(end) - 1)).toMatchObject({ stage: 'step', stepIndex: steps - 1 });
    expect(progress(session, plan, at(end))).toMatchObject({ stage: 'done', overall: 1, fraction: 1 });
    expect(progress(session, plan, at(end)).totalMs).toBe(seconds * SECOND);
  });
});

describe('pause and resume', () => {
  it('freezes the remaining time while paused, however long the pause', () => {
    const paused = pause(startSession(SHORT, T0, T0), at(20)); // 7 s into step 1
    const soon = progress(paused, SHORT, at(20));
    const later = progress(paused, SHORT, at(30));
    const muchLater = progress(paused, SHORT, at(600));
    expect(soon).toMatchObject({ stage: 'step', stepIndex: 1, stepRemainingMs: 13 * SECOND, paused: true });
    expect(later).toEqual(soon);
    expect(muchLater).toEqual(soon);
  });

  it('freezes the get-ready countdown too', () => {
    const paused = pause(startSession(SHORT, T0, T0), at(1));
    expect(progress(paused, SHORT, at(50))).toMatchObject({
      stage: 'get-ready',
      getReadyRemainingMs: 2 * SECOND,
    });
  });

  it('continues from the same point after resuming', () => {
    const resumed = resume(pause(startSession(SHORT, T0, T0), at(20)), at(120));
    expect(progress(resumed, SHORT, at(120))).toMatchObject({
      stage: 'step',
      stepIndex: 1,
      stepElapsedMs: 7 * SECOND,
      paused: false,
    });
    expect(progress(resumed, SHORT, at(125))).toMatchObject({ stepIndex: 1, stepElapsedMs: 12 * SECOND });
    // 13 s were left in step 1 when paused: step 2 begins 13 s after resuming.
    expect(progress(resumed, SHORT, at(133))).toMatchObject({ stepIndex: 2, stepElapsedMs: 0 });
  });

  it('adds up several pauses', () => {
    let s = startSession(SHORT, T0, T0);
    s = resume(pause(s, at(5)), at(65)); // 60 s paused
    s = resume(pause(s, at(70)), at(100)); // 30 s paused
    expect(progress(s, SHORT, at(100)).totalElapsedMs).toBe((10 - 3) * SECOND);
  });

  it('pausing twice or resuming a playing session changes nothing the user sees', () => {
    const paused = pause(startSession(SHORT, T0, T0), at(20));
    expect(progress(pause(paused, at(25)), SHORT, at(40))).toEqual(progress(paused, SHORT, at(40)));
    const playing = startSession(SHORT, T0, T0);
    expect(progress(resume(playing, at(10)), SHORT, at(20))).toEqual(progress(playing, SHORT, at(20)));
  });

  it('keeps the position when the clock goes backwards during a pause', () => {
    const paused = pause(startSession(SHORT, T0, T0), at(20));
    const resumed = resume(paused, at(15));
    expect(progress(resumed, SHORT, at(15))).toMatchObject({ stepIndex: 1, stepElapsedMs: 7 * SECOND });
  });
});
