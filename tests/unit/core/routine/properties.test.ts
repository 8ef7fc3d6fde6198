import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GET_READY_MS,
  next,
  pause,
  previous,
  progress,
  type RoutineProgress,
  type RoutineSession,
  resume,
  startSession,
  type TimedPlan,
  tick,
} from '@/src/core/routine';
import { RoutineSessionSchema } from '@/src/core/routine/session-schema';
import { SECOND } from '@/src/core/time';
import { FULL, QUICK, T0 } from './plans';

// Random button presses at random, increasing instants. Whatever the user does, the player must
// stay in bounds, never count time it did not see played, and stand still while paused.

const COMMANDS = ['pause', 'resume', 'next', 'previous', 'tick', 'wait'] as const;
type Command = { kind: (typeof COMMANDS)[number]; afterMs: number };

const commandArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constantFrom(...COMMANDS),
  // Mostly short gaps, sometimes long ones (a coffee break, a closed laptop).
  afterMs: fc.oneof(fc.integer({ min: 0, max: 5 * SECOND }), fc.integer({ min: 0, max: 400 * SECOND })),
});

const planArb: fc.Arbitrary<TimedPlan> = fc.oneof(
  fc.constantFrom(FULL, QUICK),
  fc.record({
    id: fc.constantFrom('full' as const, 'quick' as const),
    steps: fc.array(
      fc.record({
        id: fc.string(),
        durationMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 * SECOND })),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  }),
);

function apply(s: RoutineSession, plan: TimedPlan, c: Command, now: number): RoutineSession {
  switch (c.kind) {
    case 'pause':
      return pause(s, now);
    case 'resume':
      return resume(s, now);
    case 'next':
      return next(s, plan, now);
    case 'previous':
      return previous(s, plan, now);
    case 'tick':
      return tick(s, now);
    case 'wait':
      return s;
  }
}

/** Position on the routine-time line as the view reports it (countdown included). */
const positionOf = (p: RoutineProgress) => GET_READY_MS - p.getReadyRemainingMs + p.totalElapsedMs;

function expectInBounds(s: RoutineSession, plan: TimedPlan, now: number) {
  const p = progress(s, plan, now);
  if (p.stage === 'step') expect(p.stepIndex).toBeLessThan(plan.steps.length);
  expect(p.stepIndex).toBeGreaterThanOrEqual(0);
  expect(p.stepIndex).toBeLessThanOrEqual(Math.max(0, plan.steps.length - 1));
  expect(p.overall).toBeGreaterThanOrEqual(0);
  expect(p.overall).toBeLessThanOrEqual(1);
  expect(p.fraction).toBeGreaterThanOrEqual(0);
  expect(p.fraction).toBeLessThanOrEqual(1);
  expect(p.stepRemainingMs).toBeGreaterThanOrEqual(0);
  expect(p.getReadyRemainingMs).toBeGreaterThanOrEqual(0);
  expect(p.getReadyRemainingMs).toBeLessThanOrEqual(GET_READY_MS);
  expect(RoutineSessionSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
}

/** Runs the commands; returns the final session and the un-paused wall time since the start. */
function run(plan: TimedPlan, commands: readonly Command[], check = true) {
  let s = startSession(plan, T0, T0);
  let now = T0;
  let unpausedMs = 0;
  for (const c of commands) {
    if (s.pausedAt === null) unpausedMs += c.afterMs;
    now += c.afterMs;
    s = apply(s, plan, c, now);
    if (check) expectInBounds(s, plan, now);
  }
  return { s, now, unpausedMs };
}

describe('over random button presses', () => {
  it('the view stays in bounds and every stored session passes the schema', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 40 }), (plan, commands) => {
        run(plan, commands);
      }),
    );
  });

  it('with no command, the position only moves forward as time passes, at wall-clock speed', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(commandArb, { maxLength: 30 }),
        fc.nat(600 * SECOND),
        fc.nat(600 * SECOND),
        (plan, commands, a, b) => {
          const { s, now } = run(plan, commands, false);
          const [d1, d2] = a <= b ? [a, b] : [b, a];
          const p1 = progress(s, plan, now + d1);
          const p2 = progress(s, plan, now + d2);
          const end = GET_READY_MS + p1.totalMs;
          const expected = p1.paused ? positionOf(p1) : Math.min(end, positionOf(p1) + (d2 - d1));
          expect(positionOf(p2)).toBeCloseTo(expected);
          expect(p2.fraction).toBeGreaterThanOrEqual(p1.fraction);
        },
      ),
    );
  });

  it('while paused, nothing the player shows changes as time passes', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(commandArb, { maxLength: 30 }),
        fc.nat(3600 * SECOND),
        (plan, commands, later) => {
          const { s, now } = run(plan, commands, false);
          const paused = pause(s, now);
          expect(progress(paused, plan, now + later)).toEqual(progress(paused, plan, now));
        },
      ),
    );
  });

  it('the fraction done never exceeds the un-paused time actually spent in the routine', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 40 }), (plan, commands) => {
        const { s, now, unpausedMs } = run(plan, commands, false);
        const p = progress(s, plan, now);
        expect(p.fraction * p.totalMs).toBeLessThanOrEqual(unpausedMs + 1e-6);
      }),
    );
  });

  it('Next and Previous move the position but never change the fraction done', () => {
    fc.assert(
      fc.property(planArb, fc.array(commandArb, { maxLength: 30 }), (plan, commands) => {
        const { s, now } = run(plan, commands, false);
        const before = progress(s, plan, now).fraction;
        expect(progress(next(s, plan, now), plan, now).fraction).toBeCloseTo(before, 9);
        expect(progress(previous(s, plan, now), plan, now).fraction).toBeCloseTo(before, 9);
      }),
    );
  });

  it('a session driven with a plan of a different length than it started with still stays in bounds', () => {
    fc.assert(
      fc.property(
        planArb,
        planArb,
        fc.array(fc.tuple(commandArb, fc.boolean()), { maxLength: 30 }),
        (started, other, commands) => {
          let s = startSession(started, T0, T0);
          let now = T0;
          for (const [c, useOther] of commands) {
            const plan = useOther ? other : started;
            now += c.afterMs;
            s = apply(s, plan, c, now);
            expectInBounds(s, plan, now);
          }
        },
      ),
    );
  });
});
