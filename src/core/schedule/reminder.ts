import type { VariantId } from '@/src/core/routine/plan';
import { minutesOfDay } from '@/src/core/settings/limits';
import type { Settings } from '@/src/core/settings/schema';
import { applyAllStats, emptyStats, routinesOn } from '@/src/core/stats/day-stats';
import { addDays, type DayKey, dayKey, instantOfLocal } from '@/src/core/time';
import type { TransitionContext } from './accounting';
import type { EngineState } from './state';
import type { Reminder } from './state-schema';

// The evening reminder: one notification a day at the time the user set (local wall time in the
// zone of the moment), only while that day's routine goal is not met. It is not a neck-break
// prompt: no snooze, no working hours, not counted in the stats' prompts.
//
// Its rules, each with its reason:
// - Its deadline is `at` in the engine's state, worked out afresh at every event from the setting,
//   the day and the zone of the moment: a DST change or a flight moves it with the wall clock. A
//   wall time that does not exist that night (02:30 in a spring-forward gap) is the moment after
//   the gap; one that happens twice (autumn) is the first, and the day is spent by then.
// - It is shown once a day: `spent` is the local day whose reminder is done (shown, or not needed).
// - Late is fine until the day ends: a laptop asleep at 19:00 and opened at 21:00 gets that
//   evening's one reminder then, not one per missed minute; opened after midnight, none (it is
//   another day, with its own reminder at 19:00).
// - Held, not dropped, while paused or on a locked screen: it comes when the pause ends or the
//   screen is unlocked, the same evening.
// - A routine under way at the reminder's time takes its place: that day's reminder is spent.
// - Switched on after today's time, it starts tomorrow.
// - A goal met by then spends it too; a shown reminder is taken down when a routine starts, the
//   goal is met or its day is over.

/** The reminder part of a state saved before the reminder existed. */
const FRESH: Reminder = { at: null, spent: null, shownAt: null };

/** When the reminder of local day `day` is due in `timeZone`. */
export const reminderAt = (day: DayKey, time: string, timeZone: string): number =>
  instantOfLocal(day, minutesOfDay(time), timeZone);

/**
 * Routines done on `today` as of the end of this transition: what the caller read before it, and
 * what this event adds (a routine that has just ended counts toward the goal at once).
 */
function routinesNow(c: TransitionContext, today: DayKey): number {
  const added = c.effects.flatMap((e) => (e.type === 'stats' && e.day === today ? [e] : []));
  const delta = added.length ? routinesOn(applyAllStats(emptyStats(), added).days[today]) : 0;
  return c.routinesToday + delta;
}

/** Serves the evening reminder; the last rule of `settle`, after the mode has settled. */
export function settleReminder(s: EngineState, c: TransitionContext): void {
  const r: Reminder = { ...FRESH, ...s.evening };
  const { settings, timeZone, now } = c;
  const today = dayKey(now, timeZone);
  const done = routinesNow(c, today);
  const goalMet = done >= settings.routine.dailyGoal;

  if (
    r.shownAt !== null &&
    (!settings.eveningReminder.enabled ||
      s.mode.kind === 'routine' ||
      goalMet ||
      dayKey(r.shownAt, timeZone) !== today)
  ) {
    c.effects.push({ type: 'clearNotification', kind: 'evening' });
    r.shownAt = null;
  }

  if (!settings.eveningReminder.enabled) {
    // Never switched on: the state keeps no reminder at all.
    if (s.evening) s.evening = { ...r, at: null };
    return;
  }
  const todayAt = reminderAt(today, settings.eveningReminder.time, timeZone);
  if (r.spent !== today && now >= todayAt) {
    // Switched on after today's time (it was off: no deadline was kept), it starts tomorrow: a
    // reminder the moment the box is ticked would only startle.
    if (s.mode.kind === 'routine' || goalMet || r.at === null) r.spent = today;
    else if (s.mode.kind === 'normal' && s.activity.state !== 'locked') {
      r.spent = today;
      r.shownAt = now;
      c.effects.push({
        type: 'notifyEvening',
        done,
        goal: settings.routine.dailyGoal,
      });
    }
    // Paused or locked: held; the pause's end or the unlock is an event of its own.
  }
  const next = r.spent === today ? addDays(today, 1) : today;
  s.evening = { ...r, at: reminderAt(next, settings.eveningReminder.time, timeZone) };
}

/**
 * Whether an event at `now` may find the reminder asking about the day's goal: its time has come,
 * or it is on screen. Only then does the engine read the other devices' routines (storage.sync).
 */
export function reminderNeedsGoal(s: EngineState, settings: Settings, now: number): boolean {
  const r = s.evening;
  return settings.eveningReminder.enabled && !!r && (r.shownAt !== null || (r.at !== null && now >= r.at));
}

/** The deadline for the wake alarm, if it is still ahead (a held reminder waits for an event). */
export const reminderWake = (s: EngineState, now: number): number | null =>
  s.evening?.at != null && s.evening.at > now ? s.evening.at : null;

/**
 * The routine a click on the reminder starts: the evening one (neck and scalp massage, for the end
 * of the day). The one line to change to start the user's default instead:
 * `settings.routine.defaultVariant`.
 */
export const reminderVariant = (_settings: Settings): VariantId => 'evening';
