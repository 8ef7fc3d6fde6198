import fc from 'fast-check';
import type { Command } from '@/src/core/schedule/events';
import { LIMITS, type Settings, WEEKDAY_KEYS } from '@/src/core/settings/schema';
import type { Activity, Segment } from './user';
import type { Happening, Reaction, RoutinePlay, Scenario } from './world';

// Random days for the fuzz: any settings the options page accepts, any zone (DST days included),
// any mix of typing, reading, calls, absences, locks, sleep and a closed browser, with settings
// changed, the clock set and the user travelling midway, and random answers to every prompt.

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // a half-hour DST shift
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Sao_Paulo',
  'UTC',
];

/** Days around the 2026 DST changes, and ordinary ones. */
const START_DAYS = [
  Date.parse('2026-03-08T00:00:00Z'),
  Date.parse('2026-03-29T00:00:00Z'),
  Date.parse('2026-04-05T00:00:00Z'),
  Date.parse('2026-09-27T00:00:00Z'),
  Date.parse('2026-10-25T00:00:00Z'),
  Date.parse('2026-11-01T00:00:00Z'),
  Date.parse('2026-11-24T00:00:00Z'),
  Date.parse('2026-12-31T00:00:00Z'),
];

const int = (min: number, max: number) => fc.integer({ min, max });
const hhmm = fc
  .tuple(int(0, 23), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const snooze = fc
  .uniqueArray(int(LIMITS.snooze.choicesMin.min, 30), {
    minLength: 1,
    maxLength: LIMITS.snooze.choicesMin.maxItems,
  })
  .chain((choices) =>
    fc.record({
      choicesMin: fc.constant([...choices].sort((a, b) => a - b)),
      defaultMin: fc.constantFrom(...choices),
      maxPerBreak: int(0, 5),
    }),
  );

/** `value` five times in six. */
const mostly = (value: boolean) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

const day = fc.record({ on: fc.boolean(), start: hhmm, end: hhmm });

export const arbitrarySettings: fc.Arbitrary<Settings> = fc.record({
  neckBreak: fc.record({ enabled: mostly(true), intervalMin: fc.oneof(int(1, 10), int(11, 120)) }),
  postureCheck: fc.record({ enabled: fc.boolean(), intervalMin: fc.oneof(int(1, 5), int(6, 60)) }),
  snooze,
  activity: fc.record({
    idleThresholdSec: fc.oneof(fc.constantFrom(15, 60, 120, 300, 600), int(15, 600)),
    awayIsBreak: mostly(true),
    awayBreakMin: fc.oneof(fc.constantFrom(1, 5, 10), int(1, 60)),
  }),
  workingHours: fc.record({
    enabled: fc.oneof(
      { weight: 3, arbitrary: fc.constant(false) },
      { weight: 2, arbitrary: fc.constant(true) },
    ),
    days: fc.record(
      Object.fromEntries(WEEKDAY_KEYS.map((k) => [k, day])) as Record<
        (typeof WEEKDAY_KEYS)[number],
        typeof day
      >,
    ),
  }),
  fullscreenHold: fc.record({ enabled: fc.boolean(), maxMin: int(LIMITS.fullscreenHold.maxMin.min, 60) }),
  eveningReminder: fc.record({ enabled: fc.boolean(), time: hhmm }),
  routine: fc.constant({
    defaultVariant: 'full' as const,
    dailyGoal: 2,
    chime: true,
    voice: false,
    voiceRate: 1,
    mine: [],
  }),
});

const DURATION_MIN: Record<Activity, [number, number]> = {
  typing: [1, 45],
  reading: [1, 20],
  video: [5, 60],
  away: [1, 40],
  locked: [1, 60],
  asleep: [1, 120],
  closed: [1, 240],
};

const activity = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Activity>('typing') },
  { weight: 3, arbitrary: fc.constant<Activity>('reading') },
  { weight: 1, arbitrary: fc.constant<Activity>('video') },
  { weight: 2, arbitrary: fc.constant<Activity>('away') },
  { weight: 1, arbitrary: fc.constant<Activity>('locked') },
  { weight: 1, arbitrary: fc.constant<Activity>('asleep') },
  { weight: 1, arbitrary: fc.constant<Activity>('closed') },
);

/** Uniform in [0, 1] (fast-check otherwise favours the ends of a range, and doubles near zero). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);

/** A working day's worth: about 30 stretches of what people do, 8 hours on average. */
const segments = fc.array(fc.tuple(activity, fraction), { minLength: 10, maxLength: 50 }).map((parts) => {
  // The day begins at the desk: the person opens the browser and types.
  const out: Segment[] = [{ from: 0, to: 1, what: 'typing' }];
  let t = 1;
  for (const [what, r] of parts) {
    const [lo, hi] = DURATION_MIN[what];
    const length = Math.round((lo + r * (hi - lo)) * 4) / 4; // quarter minutes
    out.push({ from: t, to: t + length, what });
    t += length;
  }
  return out;
});

const play: fc.Arbitrary<RoutinePlay> = fc.record({
  variant: fc.constantFrom('full' as const, 'quick' as const),
  source: fc.constantFrom('popup' as const, 'notification' as const),
  playSec: fc.oneof(fc.constant(undefined), int(5, 400)),
  afterwards: fc.constantFrom('finish' as const, 'close' as const),
});

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant<Command>({ type: 'skip' }),
  int(1, 30).map((minutes): Command => ({ type: 'snooze', minutes })),
  fc
    .constantFrom('30m', '1h', '2h', 'tomorrow', 'indefinite')
    .map((preset): Command => ({ type: 'pause', preset })),
  fc.constant<Command>({ type: 'resume' }),
);

const reaction: fc.Arbitrary<Reaction | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: int(0, 120).map((afterSec): Reaction => ({ afterSec, skip: true })) },
  {
    weight: 2,
    arbitrary: fc.tuple(int(0, 120), int(1, 30)).map(([afterSec, m]): Reaction => ({ afterSec, snooze: m })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(int(0, 120), play).map(([afterSec, routine]): Reaction => ({ afterSec, routine })),
  },
);

export interface RandomDay {
  scenario: Scenario;
  /** No settings changed and no clock set: absences can be judged against one set of settings. */
  plain: boolean;
}

export const arbitraryDay: fc.Arbitrary<RandomDay> = fc
  .record({
    settings: arbitrarySettings,
    zone: fc.constantFrom(...ZONES),
    startDay: fc.constantFrom(...START_DAYS),
    startMin: int(0, 24 * 60 - 1),
    segments,
    reactions: fc.array(reaction, { maxLength: 12 }),
    changes: fc.array(
      fc.oneof(
        // Settings changed and the clock set come in one day in three or so: the others keep one
        // set of settings and a steady clock, so their absences can be judged (`plain`).
        {
          weight: 3,
          arbitrary: fc.record({ kind: fc.constant('travel' as const), zone: fc.constantFrom(...ZONES) }),
        },
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('command' as const), command }) },
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('routine' as const), play }) },
        fc.record({
          kind: fc.constant('settings' as const),
          settings: arbitrarySettings,
          group: fc.constantFrom(
            'neckBreak',
            'postureCheck',
            'snooze',
            'activity',
            'workingHours',
            'fullscreenHold',
            'eveningReminder',
          ),
        }),
        fc.record({ kind: fc.constant('clock' as const), min: fc.constantFrom(-30, -5, -1, 1) }),
      ),
      { maxLength: 4 },
    ),
    changeAt: fc.array(fraction, { minLength: 4, maxLength: 4 }),
  })
  .map(({ settings, zone, startDay, startMin, segments, reactions, changes, changeAt }) => {
    const end = Math.max(...segments.map((s) => s.to));
    const happenings: Happening[] = changes.map((c, i) => {
      const at = Math.floor((changeAt[i] ?? 0.5) * end);
      switch (c.kind) {
        case 'settings':
          return { at, settings: { [c.group]: c.settings[c.group as keyof Settings] } };
        case 'travel':
          return { at, timeZone: c.zone };
        case 'clock':
          return { at, clockJumpMin: c.min };
        case 'command':
          return { at, command: c.command };
        default:
          return { at, routine: c.play };
      }
    });
    const onPrompt: Record<number, Reaction> = {};
    reactions.forEach((r, i) => {
      if (r) onPrompt[i] = r;
    });
    const plain = !changes.some((c) => c.kind === 'settings' || c.kind === 'clock');
    return {
      scenario: {
        start: startDay + startMin * 60_000,
        timeZone: zone,
        settings,
        segments,
        happenings,
        onPrompt,
      },
      plain,
    };
  });
