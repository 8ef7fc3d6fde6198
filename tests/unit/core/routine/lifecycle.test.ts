import { describe, expect, it } from 'vitest';
import {
  isExpired,
  pause,
  progress,
  reopen,
  resume,
  SESSION_EXPIRES_AFTER_MS,
  STALE_TICK_AFTER_MS,
  startSession,
  tick,
} from '@/src/core/routine';
import { MINUTE, SECOND } from '@/src/core/time';
import { FULL, T0 } from './plans';

const at = (seconds: number) => T0 + seconds * SECOND;

describe('reopening the popup', () => {
  // Playing, the popup ticked every second until 40 s (7 s into step 2), then was closed.
  let s = startSession(FULL, T0);
  for (let t = 1; t <= 40; t++) s = tick(s, at(t));
  const whenClosed = progress(s, FULL, at(40));

  it('after 5 minutes closed shows the same step, paused, with the same time left', () => {
    const reopened = reopen(s, at(40 + 5 * 60));
    const shown = progress(reopened, FULL, at(40 + 5 * 60));
    expect(whenClosed).toMatchObject({ stage: 'step', stepIndex: 2, stepElapsedMs: 7 * SECOND });
    expect(shown).toEqual({ ...whenClosed, paused: true });
  });

  it('does not count the closed time as practice, and Resume carries on from where the user left', () => {
    const reopened = reopen(s, at(350));
    expect(progress(reopened, FULL, at(350)).fraction).toBe(whenClosed.fraction);
    const resumed = resume(reopened, at(360));
    expect(progress(resumed, FULL, at(365))).toMatchObject({ stepIndex: 2, stepElapsedMs: 12 * SECOND });
  });

  it('leaves a session alone whose player ticked just now (the popup was only re-rendered)', () => {
    expect(reopen(s, at(40) + STALE_TICK_AFTER_MS)).toBe(s);
    expect(reopen(s, at(40) + STALE_TICK_AFTER_MS + 1).pausedAt).toBe(at(40));
  });

  it('honours a custom staleness limit', () => {
    expect(reopen(s, at(48), { staleAfterMs: 10 * SECOND })).toBe(s);
    expect(reopen(s, at(51), { staleAfterMs: 10 * SECOND }).pausedAt).toBe(at(40));
  });

  it('leaves a session the user had paused exactly as it was', () => {
    const paused = pause(s, at(40));
    expect(reopen(paused, at(400))).toBe(paused);
  });

  it('leaves a session alone when the clock reads earlier than its last tick', () => {
    expect(reopen(s, at(10))).toBe(s);
  });
});

describe('expiry of an abandoned session', () => {
  const s = tick(startSession(FULL, T0), at(100));

  it.each([
    [29, false],
    [30, false],
    [31, true],
  ])('idle for %s minutes: expired = %s', (minutes, expired) => {
    expect(isExpired(s, at(100) + minutes * MINUTE)).toBe(expired);
  });

  it('counts from the last tick, so a paused player that stays open keeps its session', () => {
    let paused = pause(s, at(100));
    paused = tick(paused, at(100) + 25 * MINUTE);
    expect(isExpired(paused, at(100) + 40 * MINUTE)).toBe(false);
  });

  it('uses 30 minutes unless told otherwise', () => {
    expect(SESSION_EXPIRES_AFTER_MS).toBe(30 * MINUTE);
    expect(isExpired(s, at(100) + 11 * MINUTE, { expiresAfterMs: 10 * MINUTE })).toBe(true);
  });
});
