import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAP_MS } from '@/src/core/schedule/rules';
import type { Settings } from '@/src/core/settings/schema';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// Properties over random days: random activity, commands, clock jumps and fullscreen, checked
// after every single transition.

type Step =
  | { kind: 'advance'; ms: number }
  | { kind: 'idle'; state: 'active' | 'idle' | 'locked' }
  | { kind: 'jump'; ms: number }
  | { kind: 'fullscreen'; on: boolean }
  | { kind: 'snooze'; minutes: number }
  | { kind: 'skip' }
  | { kind: 'pause'; preset: '30m' | '1h' | '2h' | 'tomorrow' | 'indefinite' }
  | { kind: 'resume' }
  | { kind: 'startRoutine'; variant: 'full' | 'quick' }
  | { kind: 'routineEnded'; fraction: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 20 * MINUTE }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('idle' as const),
      state: fc.constantFrom('active', 'idle', 'locked'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('jump' as const),
      ms: fc.integer({ min: -3 * HOUR, max: 5 * HOUR }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fullscreen' as const), on: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('snooze' as const), minutes: fc.constantFrom(1, 5, 10) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'skip' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      preset: fc.constantFrom('30m', '1h', '2h', 'tomorrow', 'indefinite'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'resume' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('startRoutine' as const),
      variant: fc.constantFrom('full', 'quick'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('routineEnded' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
);

const settings: fc.Arbitrary<Settings> = fc
  .record({
    neck: fc.integer({ min: 1, max: 45 }),
    posture: fc.integer({ min: 1, max: 30 }),
    maxPerBreak: fc.integer({ min: 0, max: 4 }),
    awayBreakMin: fc.integer({ min: 1, max: 15 }),
    idle: fc.constantFrom(15, 60, 120, 300),
    hours: fc.boolean(),
    holdMin: fc.integer({ min: 5, max: 30 }),
    zone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
  })
  .map((r) => {
    const s = settingsWith({
      neckBreak: { intervalMin: r.neck },
      postureCheck: { intervalMin: r.posture },
      snooze: { maxPerBreak: r.maxPerBreak },
      activity: { awayBreakMin: r.awayBreakMin, idleThresholdSec: r.idle },
      workingHours: { enabled: r.hours },
      fullscreenHold: { maxMin: r.holdMin },
    });
    (s as Settings & { zone?: string }).zone = r.zone;
    return s;
  });

interface Checked {
  d: EngineDriver;
  wallMs: number;
  fullscreenAt: boolean[];
}

function play(s: Settings, steps: Step[], checkFullscreenRule = false): Checked {
  const d = new EngineDriver({ start: Date.parse('2026-11-23T05:00:00Z'), settings: s });
  d.checkFullscreenRule = checkFullscreenRule;
  d.timeZone = (s as Settings & { zone?: string }).zone ?? 'UTC';
  let wallMs = 0;
  const fullscreenAt: boolean[] = [d.fullscreen];
  const record = () => {
    while (fullscreenAt.length < d.log.length) fullscreenAt.push(d.fullscreen);
  };
  for (const st of steps) {
    switch (st.kind) {
      case 'advance':
        d.run(st.ms);
        wallMs += st.ms;
        break;
      case 'idle':
        d.send({ type: 'idleChanged', state: st.state });
        break;
      case 'jump':
        d.jump(st.ms);
        if (st.ms > 0) wallMs += st.ms;
        d.send({ type: 'wake' });
        break;
      case 'fullscreen':
        d.fullscreen = st.on;
        break;
      case 'snooze':
        d.send({ type: 'snooze', minutes: st.minutes });
        break;
      case 'pause':
        d.send({ type: 'pause', preset: st.preset });
        break;
      case 'startRoutine':
        d.send({ type: 'startRoutine', variant: st.variant, source: 'popup' });
        break;
      case 'routineEnded':
        d.send(d.ended(st.fraction));
        break;
      default:
        d.send({ type: st.kind });
    }
    record();
  }
  return { d, wallMs, fullscreenAt };
}

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

describe('engine properties over random event sequences', () => {
  it('never prompts while paused, in a routine, off-hours, or fullscreen-held within the limit', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 60 }), (s, steps) => {
        const { d, fullscreenAt } = play(s, steps);
        d.log.forEach((entry, i) => {
          if (!entry.effects.some((e) => e.type === 'notifyNeck')) return;
          expect(entry.state.mode.kind).toBe('normal');
          expect(entry.state.inHours).toBe(true);
          if (fullscreenAt[i] && s.fullscreenHold.enabled) {
            const before = d.log[i - 1]?.state.neck;
            expect(before?.status === 'due' && before.prompt.kind === 'held').toBe(true);
            if (before?.status === 'due' && before.prompt.kind === 'held') {
              expect(entry.at - before.prompt.since + SNAP_MS).toBeGreaterThanOrEqual(
                s.fullscreenHold.maxMin * MINUTE,
              );
            }
          }
        });
      }),
      runs,
    );
  });

  it('a fullscreen window changes nothing but prompts (so the pipeline asks only when one is due)', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 60 }), (s, steps) => {
        // The driver checks every transition and throws on the first that breaks the rule.
        const { d } = play(s, steps, true);
        expect(d.log.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('snoozes per break never exceed the limit', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 60 }), (s, steps) => {
        const { d } = play(s, steps);
        for (const { state } of d.log) {
          if (state.neck.status !== 'counting')
            expect(state.neck.snoozes).toBeLessThanOrEqual(s.snooze.maxPerBreak);
        }
      }),
      runs,
    );
  });

  it('counted active time never exceeds wall time, and a backward clock never makes it negative', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 60 }), (s, steps) => {
        const { d, wallMs } = play(s, steps);
        const perDay = new Map<string, number>();
        for (const { effect } of d.effects('stats')) {
          if (effect.type !== 'stats') continue;
          const total = (perDay.get(effect.day) ?? 0) + (effect.delta.activeMs ?? 0);
          expect(total).toBeGreaterThanOrEqual(0);
          perDay.set(effect.day, total);
        }
        expect(d.statsTotal('activeMs')).toBeLessThanOrEqual(wallMs);
        for (const { state } of d.log) expect(state.neck.activeMs).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('after any absence of at least the natural-break length both counters are zero', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 60 }), (s, steps) => {
        const { d } = play(s, steps);
        d.log.forEach((entry, i) => {
          const before = d.log[i - 1]?.state;
          if (entry.event.type !== 'idleChanged' || entry.event.state !== 'active' || !before) return;
          if (before.activity.state === 'active' || before.mode.kind !== 'normal' || !before.inHours) return;
          if (!entry.state.inHours || entry.at - before.activity.since < s.activity.awayBreakMin * MINUTE)
            return;
          expect(entry.state.neck.activeMs).toBe(0);
          expect(entry.state.posture.activeMs).toBe(0);
        });
      }),
      runs,
    );
  });

  it('every produced state passes the state schema (checked by the driver on each step)', () => {
    fc.assert(
      fc.property(settings, fc.array(step, { maxLength: 80 }), (s, steps) => {
        expect(() => play(s, steps)).not.toThrow();
      }),
      runs,
    );
  });

  it('counted active time equals the sum of the active spans the idle API reported', () => {
    // Oracle: active from an `active` report until an `idle` report back-dated by the detection
    // interval, or until a `locked` report. Breaks off so the detection interval stays put.
    const spans = fc.array(
      fc.record({
        activeMs: fc.integer({ min: 0, max: 90 * MINUTE }),
        awayMs: fc.integer({ min: 0, max: 40 * MINUTE }),
        how: fc.constantFrom('idle', 'locked'),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(spans, fc.constantFrom(60, 120, 300), (plan, idleSec) => {
        const s = settingsWith({
          neckBreak: { enabled: false },
          postureCheck: { enabled: false },
          activity: { idleThresholdSec: idleSec },
        });
        const d = new EngineDriver({ settings: s });
        let expected = 0;
        for (const p of plan) {
          d.run(p.activeMs);
          if (p.how === 'idle') {
            // The idle API fires detectionSec after the last input; input stopped at activeMs.
            d.run(idleSec * SECOND);
            d.send({ type: 'idleChanged', state: 'idle' });
          } else {
            d.send({ type: 'idleChanged', state: 'locked' });
          }
          expected += p.activeMs;
          d.jump(p.awayMs);
          d.send({ type: 'idleChanged', state: 'active' });
        }
        expect(d.statsTotal('activeMs')).toBe(expected);
      }),
      runs,
    );
  });
});
