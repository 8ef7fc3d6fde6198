import { describe, expect, it } from 'vitest';
import { readSettings, validateSettings } from '@/src/core/settings/parse';
import { defaultSettings, LIMITS, type Settings } from '@/src/core/settings/schema';

/** The defaults changed as plain data: a field may be given a value of any type. */
const withField = (mutate: (s: Record<string, Record<string, unknown>>) => void): unknown => {
  const s: Record<string, Record<string, unknown>> = defaultSettings();
  mutate(s);
  return s;
};

/** The defaults changed within their types. */
const withSettings = (mutate: (s: Settings) => void): Settings => {
  const s = defaultSettings();
  mutate(s);
  return s;
};

describe('defaults', () => {
  it('are valid and match the product’s documented defaults', () => {
    const v = validateSettings(defaultSettings());
    expect(v.ok).toBe(true);
    const s = defaultSettings();
    expect(s.neckBreak).toEqual({ enabled: true, intervalMin: 60 });
    expect(s.postureCheck).toEqual({ enabled: true, intervalMin: 20 });
    expect(s.snooze).toEqual({ choicesMin: [5, 10, 15], defaultMin: 10, maxPerBreak: 3 });
    expect(s.activity).toEqual({ idleThresholdSec: 120, awayIsBreak: true, awayBreakMin: 5 });
    expect(s.workingHours.enabled).toBe(false);
    expect(s.fullscreenHold).toEqual({ enabled: true, maxMin: 30 });
    expect(s.routine.dailyGoal).toBe(2);
  });

  it('each call returns a fresh copy that can be changed safely', () => {
    const a = defaultSettings();
    a.snooze.choicesMin.push(99);
    expect(defaultSettings().snooze.choicesMin).toEqual([5, 10, 15]);
  });
});

describe('limits', () => {
  const ranges: [string, string, { min: number; max: number }][] = [
    ['neckBreak', 'intervalMin', LIMITS.neckBreak.intervalMin],
    ['postureCheck', 'intervalMin', LIMITS.postureCheck.intervalMin],
    ['snooze', 'maxPerBreak', LIMITS.snooze.maxPerBreak],
    ['activity', 'idleThresholdSec', LIMITS.activity.idleThresholdSec],
    ['activity', 'awayBreakMin', LIMITS.activity.awayBreakMin],
    ['fullscreenHold', 'maxMin', LIMITS.fullscreenHold.maxMin],
    ['routine', 'dailyGoal', LIMITS.routine.dailyGoal],
  ];

  it.each(ranges)('%s.%s accepts its bounds and refuses one past them', (group, key, { min, max }) => {
    const at = (v: number) =>
      validateSettings(withField((s) => ((s[group] as Record<string, unknown>)[key] = v)));
    expect(at(min).ok).toBe(true);
    expect(at(max).ok).toBe(true);
    expect(at(min - 1)).toEqual({ ok: false, issues: [{ path: [group, key], code: 'min', limit: min }] });
    expect(at(max + 1)).toEqual({ ok: false, issues: [{ path: [group, key], code: 'max', limit: max }] });
  });

  it.each([
    ['a fraction', 1.5, 'integer'],
    ['text', '60', 'type'],
    ['nothing', null, 'type'],
    ['NaN', Number.NaN, 'type'],
  ])('refuses %s as a number of minutes', (_, value, code) => {
    const v = validateSettings(
      withField((s) => ((s.neckBreak as Record<string, unknown>).intervalMin = value)),
    );
    expect(v).toEqual({ ok: false, issues: [{ path: ['neckBreak', 'intervalMin'], code }] });
  });

  it('a huge whole number gets one message, against our maximum', () => {
    const v = validateSettings(
      withField((s) => ((s.neckBreak as Record<string, unknown>).intervalMin = 1e20)),
    );
    expect(v).toEqual({
      ok: false,
      issues: [{ path: ['neckBreak', 'intervalMin'], code: 'max', limit: 480 }],
    });
  });

  it('the voice rate may be a fraction within 0.5–2', () => {
    expect(
      validateSettings(withField((s) => ((s.routine as Record<string, unknown>).voiceRate = 1.3))).ok,
    ).toBe(true);
    expect(
      validateSettings(withField((s) => ((s.routine as Record<string, unknown>).voiceRate = 3))).ok,
    ).toBe(false);
  });

  it('times of day must be HH:MM', () => {
    const v = validateSettings(
      withSettings((s) => {
        s.workingHours.days.mon.start = '9am';
      }),
    );
    expect(v).toEqual({
      ok: false,
      issues: [{ path: ['workingHours', 'days', 'mon', 'start'], code: 'format' }],
    });
  });
});

describe('rules between fields', () => {
  it('the default snooze must be one of the offered choices', () => {
    const v = validateSettings(withField((s) => ((s.snooze as Record<string, unknown>).defaultMin = 7)));
    expect(v).toEqual({
      ok: false,
      issues: [{ path: ['snooze', 'defaultMin'], code: 'snooze-default-not-offered' }],
    });
  });

  it('a snooze length may be offered once only', () => {
    const v = validateSettings(
      withField((s) => ((s.snooze as Record<string, unknown>).choicesMin = [5, 5, 10])),
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues).toContainEqual({ path: ['snooze', 'choicesMin'], code: 'duplicate' });
  });

  it('working hours need at least one day', () => {
    const none = withSettings((s) => {
      const h = s.workingHours;
      h.enabled = true;
      for (const d of Object.values(h.days)) d.on = false;
    });
    expect(validateSettings(none)).toEqual({
      ok: false,
      issues: [{ path: ['workingHours', 'days'], code: 'no-working-day' }],
    });
  });

  it('a working day that ends before it starts is a night shift, and is accepted', () => {
    const night = withSettings((s) => {
      const h = s.workingHours;
      h.days.tue.start = '22:00';
      h.days.tue.end = '06:00';
    });
    expect(validateSettings(night)).toMatchObject({ ok: true });
  });
});

describe('reading stored settings leniently', () => {
  it('keeps every valid field and falls back per invalid field, naming what it dropped', () => {
    const stored = withField((s) => {
      (s.neckBreak as Record<string, unknown>).intervalMin = 'soon';
      (s.postureCheck as Record<string, unknown>).intervalMin = 35;
      (s.routine as Record<string, unknown>).voice = true;
      (s.activity as Record<string, unknown>).idleThresholdSec = 5;
    });
    const { settings, dropped } = readSettings(stored);
    expect(settings.neckBreak.intervalMin).toBe(60);
    expect(settings.postureCheck.intervalMin).toBe(35);
    expect(settings.routine.voice).toBe(true);
    expect(settings.activity.idleThresholdSec).toBe(120);
    expect(dropped.sort()).toEqual(['activity.idleThresholdSec', 'neckBreak.intervalMin']);
  });

  it.each([
    ['nothing stored', undefined],
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['a number', 42],
  ])('%s gives the defaults', (_, raw) => {
    expect(readSettings(raw).settings).toEqual(defaultSettings());
  });

  it.each([null, undefined])(
    'nothing stored (%s) is the defaults, with nothing reported as dropped',
    (raw) => {
      expect(readSettings(raw)).toEqual({ settings: defaultSettings(), dropped: [] });
    },
  );

  it('a missing group or field falls back without touching its neighbours', () => {
    const { settings } = readSettings({ neckBreak: { intervalMin: 45 }, routine: 'x' });
    expect(settings.neckBreak).toEqual({ enabled: true, intervalMin: 45 });
    expect(settings.routine).toEqual(defaultSettings().routine);
  });

  it('repairs a default snooze that is no longer offered to the nearest offered one', () => {
    const { settings, dropped } = readSettings(
      withField((s) => ((s.snooze as Record<string, unknown>).defaultMin = 13)),
    );
    expect(settings.snooze.defaultMin).toBe(15);
    expect(dropped).toContain('snooze.defaultMin');
  });

  it('working hours with no day left switch off instead of silencing Nape forever', () => {
    const { settings } = readSettings(
      withSettings((s) => {
        const h = s.workingHours;
        h.enabled = true;
        for (const d of Object.values(h.days)) d.on = false;
      }),
    );
    expect(settings.workingHours.enabled).toBe(false);
  });

  it('ignores unknown keys', () => {
    expect(readSettings({ ...defaultSettings(), theme: 'dark' }).settings).toEqual(defaultSettings());
  });
});
