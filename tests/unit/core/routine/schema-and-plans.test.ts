import { describe, expect, it } from 'vitest';
import { next, pause, previous, progress, resume, startSession, stop } from '@/src/core/routine';
import { RoutineSessionSchema } from '@/src/core/routine/session-schema';
import { SECOND } from '@/src/core/time';
import { FULL, planOf, QUICK, SHORT, T0 } from './plans';

const at = (seconds: number) => T0 + seconds * SECOND;

describe('RoutineSessionSchema', () => {
  it('accepts what the player stores, after a JSON round trip as storage does', () => {
    let s = startSession(FULL, T0, T0);
    s = next(pause(s, at(20)), FULL, at(25));
    s = previous(resume(s, at(30)), FULL, at(70));
    expect(RoutineSessionSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  const valid = startSession(QUICK, T0, T0);
  it.each([
    ['a future schema version', { ...valid, v: 3 }],
    ['a session of the previous version, which named no routine', { ...valid, v: 1, routineId: undefined }],
    ['an unknown variant', { ...valid, variant: 'marathon' }],
    ['a missing start', { ...valid, startedAt: undefined }],
    ['a non-number pause', { ...valid, pausedAt: 'yesterday' }],
    ['negative paused time', { ...valid, pausedTotalMs: -1 }],
    ['a NaN offset (JSON turns it into null)', JSON.parse(JSON.stringify({ ...valid, jumpMs: Number.NaN }))],
    ['an infinite tick', { ...valid, lastTickAt: Number.POSITIVE_INFINITY }],
    ['negative practice', { ...valid, practisedByStepMs: [1000, -5] }],
    ['no session at all', null],
  ])('rejects %s, so the caller drops it instead of showing nonsense', (_case, value) => {
    expect(RoutineSessionSchema.safeParse(value).success).toBe(false);
  });
});

describe('a plan that differs from the one the session started with', () => {
  // Started with the 19-step full routine; the popup now passes a 10-step or 3-step plan.
  let s = startSession(FULL, T0, T0);
  s = next(s, FULL, at(100)); // well into the full routine, past the end of SHORT

  it.each([
    ['a shorter plan', SHORT],
    ['the quick plan', QUICK],
    ['a plan with no steps', { id: 'full' as const, steps: [] }],
    ['a plan with broken durations', planOf([Number.NaN, -5, Number.POSITIVE_INFINITY])],
  ])('with %s the view stays in bounds and every command still works', (_case, plan) => {
    for (const view of [
      progress(s, plan, at(100)),
      progress(next(s, plan, at(101)), plan, at(101)),
      progress(previous(s, plan, at(101)), plan, at(101)),
      progress(resume(pause(s, at(101)), at(105)), plan, at(110)),
    ]) {
      expect(view.stepIndex).toBeGreaterThanOrEqual(0);
      expect(view.stepIndex).toBeLessThanOrEqual(Math.max(0, plan.steps.length - 1));
      expect(view.overall).toBeGreaterThanOrEqual(0);
      expect(view.overall).toBeLessThanOrEqual(1);
      expect(view.fraction).toBeGreaterThanOrEqual(0);
      expect(view.fraction).toBeLessThanOrEqual(1);
      expect(Number.isFinite(view.stepRemainingMs)).toBe(true);
    }
    expect(RoutineSessionSchema.safeParse(previous(s, plan, at(101))).success).toBe(true);
    expect(stop(s, plan, at(100)).fraction).toBeLessThanOrEqual(1);
  });

  it('a plan shorter than the position shows the routine as done', () => {
    expect(progress(s, SHORT, at(100)).stage).toBe('done');
  });

  it('a plan with no steps is done straight after the get-ready', () => {
    const empty = { id: 'quick' as const, steps: [] };
    const started = startSession(empty, T0, T0);
    expect(progress(started, empty, at(1)).stage).toBe('get-ready');
    expect(progress(started, empty, at(3))).toMatchObject({ stage: 'done', stepIndex: 0, overall: 1 });
  });
});
