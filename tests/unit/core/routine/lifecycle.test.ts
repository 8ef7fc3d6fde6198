import { describe, expect, it } from 'vitest';
import {
  abandonedAt,
  belongsTo,
  pause,
  progress,
  ROUTINE_ABANDONED_AFTER_MS,
  reopen,
  resume,
  STALE_TICK_AFTER_MS,
  startSession,
  tick,
} from '@/src/core/routine';
import { MINUTE, SECOND } from '@/src/core/time';
import { FULL, T0 } from './plans';

const at = (seconds: number) => T0 + seconds * SECOND;

describe('reopening the popup', () => {
  // Playing, the popup ticked every second until 40 s (7 s into step 2), then was closed.
  let s = startSession(FULL, T0, T0);
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

describe('the one abandonment rule', () => {
  // The engine started the routine at T0; a page began playing it 2 s later and ticked until 100 s.
  const s = tick(startSession(FULL, at(2), T0), at(100));

  it('belongs to the routine the engine started, and to no other', () => {
    expect(belongsTo(s, T0)).toBe(true);
    expect(belongsTo(s, T0 + 1)).toBe(false);
    expect(belongsTo(null, T0)).toBe(false);
  });

  it('gives up 15 minutes after the last sign of life: the last tick of a page showing it', () => {
    expect(ROUTINE_ABANDONED_AFTER_MS).toBe(15 * MINUTE);
    expect(abandonedAt(T0, s)).toBe(at(100) + 15 * MINUTE);
  });

  it('a paused player that stays on screen keeps ticking, so it is never given up on', () => {
    const paused = tick(pause(s, at(100)), at(100) + 40 * MINUTE);
    expect(abandonedAt(T0, paused)).toBe(at(100) + 55 * MINUTE);
  });

  it('counts from the start when no page ever showed the routine, or only another routine’s session exists', () => {
    expect(abandonedAt(T0, null)).toBe(T0 + 15 * MINUTE);
    expect(abandonedAt(T0 + 5000, s)).toBe(T0 + 5000 + 15 * MINUTE);
  });
});
