import type { Settings } from '@/src/core/settings/schema';
import { addDays, instantOfLocal, MINUTE } from '@/src/core/time';
import { type SettingsPatch, settingsWith } from '@/tests/support/settings';
import type { Activity, Segment } from './user';
import type { Happening, Reaction, Scenario } from './world';

// Writing a day as a person would tell it: "from 09:00 I typed, lunch 12:30 to 13:15 with the
// screen locked…". Times are local wall-clock `HH:MM` (or `HH:MM:SS`) on the day's start date.

/** A happening at a local `HH:MM` instead of a minute number (each kind of happening kept apart). */
type AtClock<T> = T extends unknown ? Omit<T, 'at'> & { at: string } : never;

export interface DayPlan {
  /** `YYYY-MM-DD HH:MM`: the local date and time of minute 0. */
  start: string;
  timeZone?: string;
  settings?: SettingsPatch | Settings;
  /** `[from, to, what]` in local `HH:MM` (a `to` before its `from` runs past midnight). */
  spans: [string, string, Activity][];
  happenings?: AtClock<Happening>[];
  onPrompt?: Record<number, Reaction>;
  measureIdle?: boolean;
}

/** Typing for `work` minutes then reading for `read`, from `from` to `to` (minutes). */
export function desk(from: number, to: number, work = 12, read = 4): Segment[] {
  const out: Segment[] = [];
  for (let t = from; t < to; t += work + read) {
    out.push({ from: t, to: Math.min(t + work, to), what: 'typing' });
    if (t + work < to) out.push({ from: t + work, to: Math.min(t + work + read, to), what: 'reading' });
  }
  return out;
}

const isSettings = (s: SettingsPatch | Settings): s is Settings =>
  'neckBreak' in s &&
  'routine' in s &&
  'snooze' in s &&
  'activity' in s &&
  'workingHours' in s &&
  'fullscreenHold' in s &&
  'postureCheck' in s &&
  Object.keys(s.neckBreak ?? {}).length === 2;

export function scenario(plan: DayPlan): Scenario {
  const timeZone = plan.timeZone ?? 'Europe/Berlin';
  const [date, time] = plan.start.split(' ') as [string, string];
  const toMin = (hhmm: string) => {
    const [h = 0, m = 0, sec = 0] = hhmm.split(':').map(Number);
    return h * 60 + m + sec / 60;
  };
  // A local time as the instant it names (a wall time skipped by DST names the one after the gap).
  const instant = (key: string, minuteOfDay: number) => {
    const whole = Math.floor(minuteOfDay);
    return instantOfLocal(key, whole, timeZone) + (minuteOfDay - whole) * MINUTE;
  };
  const start = instant(date, toMin(time));
  // Real minutes after the start (a DST change makes a local day 23 or 25 hours long); a time
  // earlier than the previous one is on the next day. Times are in the plan's zone throughout,
  // also after a scripted change of time zone (travel).
  let day = date;
  let last = start;
  const at = (hhmm: string) => {
    let t = instant(day, toMin(hhmm));
    while (t < last) {
      day = addDays(day, 1);
      t = instant(day, toMin(hhmm));
    }
    last = t;
    return (t - start) / MINUTE;
  };
  const segments: Segment[] = [];
  for (const [from, to, what] of plan.spans) {
    const a = at(from);
    const b = at(to);
    if (what === 'typing') segments.push(...desk(a, b));
    else segments.push({ from: a, to: b, what });
  }
  day = date;
  last = start;
  const happenings = (plan.happenings ?? []).map((h) => ({ ...h, at: at(h.at) }) as Happening);
  const settings =
    plan.settings && isSettings(plan.settings) ? plan.settings : settingsWith(plan.settings ?? {});
  return {
    start,
    timeZone,
    settings,
    segments,
    happenings,
    ...(plan.onPrompt && { onPrompt: plan.onPrompt }),
    ...(plan.measureIdle !== undefined && { measureIdle: plan.measureIdle }),
  };
}
