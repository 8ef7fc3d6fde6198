import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { getVariant } from '@/src/content/variants';
import { next, pause, startSession } from '@/src/core/routine';
import { RoutineSessionSchema } from '@/src/core/routine/session-schema';
import { SafetyAckSchema } from '@/src/core/safety-ack-schema';
import { BadgeSchema } from '@/src/core/schedule/badge-schema';
import { CommandSchema } from '@/src/core/schedule/command-schema';
import { EngineStateSchema } from '@/src/core/schedule/state-schema';
import { defaultSettings, SettingsSchema } from '@/src/core/settings/schema';
import { emptyDay } from '@/src/core/stats/day-stats';
import { DayStatsSchema } from '@/src/core/stats/stats-schema';
import { MINUTE } from '@/src/core/time';
import { check, checked, type JsonSchema } from '@/src/core/validate/check';
import { checkCommand, checkDayStats, SETTINGS_JSON_SCHEMA } from '@/src/core/validate/stored';
import { STORED } from '@/src/platform/storage-items';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// The worker and the popup check stored data with check.ts against the generated JSON Schemas
// instead of zod. This holds the two to the same verdict — and the same cleaned value — on valid
// data and on every kind of damage: a wrong leaf, a missing key, an unknown key.

function engineStates() {
  const d = new EngineDriver({ settings: settingsWith({ snooze: { maxPerBreak: 1 } }) });
  d.run(62 * MINUTE);
  d.send({ type: 'snooze', minutes: 5 });
  d.send({ type: 'pause', preset: '1h' });
  d.send({ type: 'resume' });
  d.send({ type: 'startRoutine', variant: 'quick', source: 'popup' });
  const states = d.log.map((l) => l.state);
  return [states[0], ...states.filter((_, i) => i % 9 === 0), states.at(-1)];
}

function sessions() {
  const plan = getVariant('full');
  const s = startSession(plan, 1_000_000, 1_000_000);
  return [s, pause(next(s, plan, 1_010_000), 1_020_000)];
}

const cases: [string, z.ZodMiniType, (value: unknown) => unknown, unknown[]][] = [
  [
    'settings',
    SettingsSchema,
    (v) => checked(SETTINGS_JSON_SCHEMA, v),
    [defaultSettings(), settingsWith({ workingHours: { enabled: true } })],
  ],
  // Stored values checked whole read as null when invalid: their checker's verdict.
  ['engine state', EngineStateSchema, STORED.engine.read, engineStates()],
  ['day stats', DayStatsSchema, checkDayStats, [emptyDay(), { activeMs: 5, comfort: [3, 5] }, {}]],
  ['routine session', RoutineSessionSchema, STORED.session.read, sessions()],
  ['safety ack', SafetyAckSchema, STORED.safetyAck.read, [{ version: 1, at: 5 }]],
  [
    'badge',
    BadgeSchema,
    STORED.badge.read,
    [
      { text: '42m', color: '#1d6f66' },
      { text: '', color: '' },
    ],
  ],
  [
    'command',
    CommandSchema,
    checkCommand,
    [
      { type: 'startRoutine', variant: 'quick', source: 'popup' },
      { type: 'snooze', minutes: 10 },
      { type: 'pause', preset: 'tomorrow' },
      { type: 'rateComfort', rating: 4 },
      { type: 'routineEnded', startedAt: 5, fraction: 0.5 },
      { type: 'skip' },
    ],
  ],
];

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Object.entries(value).flatMap(([k, v]) =>
    paths(v, [...at, Array.isArray(value) ? Number(k) : k]),
  );
  return [at, ...children];
}

function mutate(value: unknown, path: Path, op: 'replace' | 'delete' | 'add', replacement: unknown): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return op === 'replace' ? replacement : copy;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (o, k) => o[k] as Record<string | number, unknown>,
      copy as Record<string, unknown>,
    );
  const key = path[path.length - 1] as string | number;
  if (op === 'delete') delete parent[key];
  else if (op === 'add' && typeof parent === 'object') parent[`extra${String(key)}`] = replacement;
  else parent[key] = replacement;
  return copy;
}

const damage = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    0.5,
    1.5,
    15,
    1e300,
    '',
    '09:00',
    '25:00',
    null,
    undefined,
    [],
    {},
    true,
    'full',
    'idle',
    1,
    5,
  ),
);

describe('the stored-data checkers agree with zod', () => {
  it.each(cases)(
    '%s: same verdict and same value for valid and damaged data',
    (_, zodSchema, checker, fixtures) => {
      fc.assert(
        fc.property(
          fc.nat(fixtures.length - 1),
          fc.nat(),
          fc.constantFrom('replace', 'delete', 'add') as fc.Arbitrary<'replace' | 'delete' | 'add'>,
          damage,
          fc.boolean(),
          (fi, pathSeed, op, replacement, intact) => {
            const fixture = fixtures[fi];
            const all = paths(fixture);
            const value = intact
              ? fixture
              : mutate(fixture, all[pathSeed % all.length] as Path, op, replacement);
            const ours = checker(value);
            const theirs = zodSchema.safeParse(value);
            expect(ours !== null).toBe(theirs.success);
            if (ours !== null && theirs.success) expect(ours).toEqual(theirs.data);
          },
        ),
        { numRuns: 400 },
      );
    },
  );

  it('accepts every fixture as it is', () => {
    for (const [, , checker, fixtures] of cases) for (const f of fixtures) expect(checker(f)).not.toBeNull();
  });

  it('keeps a "__proto__" key in stored data a plain key', () => {
    const schema: JsonSchema = { type: 'object', additionalProperties: { type: 'number' } };
    const r = check<Record<string, number>>(schema, JSON.parse('{"__proto__": 1, "a": 2}'));
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && Object.keys(r.value)).toEqual(['__proto__', 'a']);
  });
});
