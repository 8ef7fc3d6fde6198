import { awayAfterSec } from '@/src/core/schedule/accounting';
import { reminderAt } from '@/src/core/schedule/reminder';
import { MAX_GAP_MS, PROMPT_QUIET_MS, SNAP_MS } from '@/src/core/schedule/rules';
import { inWorkingHours } from '@/src/core/schedule/working-hours';
import { routinesOn } from '@/src/core/stats/day-stats';
import { dayKey, MINUTE, SECOND } from '@/src/core/time';
import { STORED } from '@/src/platform/storage-items';
import type { Invariant, Step, World } from './world';

// What must hold after every transition of any day, whatever the user does (the fuzz runs them
// over thousands of random days; the named scenarios run them too). Each throws with the moment.

const fail = (w: World, message: string): never => {
  throw new Error(`${w.clock(w.now)} (minute ${(w.t / MINUTE).toFixed(2)}): ${message}`);
};

const shows = (step: Step, type: 'notifyNeck' | 'notifyPosture') => step.effects.some((e) => e.type === type);

/**
 * No prompt of any kind while the idle API reports the screen locked, while paused, in a routine or
 * outside working hours.
 */
export const noPromptWhenItMustNot: Invariant = (w, step) => {
  if (!shows(step, 'notifyNeck') && !shows(step, 'notifyPosture')) return;
  if (w.reported === 'locked') fail(w, 'a prompt on a locked screen');
  if (step.after.mode.kind !== 'normal') fail(w, `a prompt in ${step.after.mode.kind} mode`);
  if (!inWorkingHours(w.settings.workingHours, w.now, w.timeZone)) fail(w, 'a prompt outside working hours');
  if (shows(step, 'notifyNeck') && !w.settings.neckBreak.enabled)
    fail(w, 'a neck prompt with neck breaks off');
  if (shows(step, 'notifyPosture') && !w.settings.postureCheck.enabled)
    fail(w, 'a posture check while they are off');
};

/**
 * The evening reminder: never on a locked screen, while paused, in a routine, switched off or with
 * the day's goal met, and at most once a local day (a change of time zone may bring a date back).
 */
export function eveningOncePerDay(): Invariant {
  let last: { day: string; zone: string } | null = null;
  return (w, step) => {
    if (!step.effects.some((e) => e.type === 'notifyEvening')) return;
    if (w.reported === 'locked') fail(w, 'an evening reminder on a locked screen');
    if (step.after.mode.kind !== 'normal') fail(w, `an evening reminder in ${step.after.mode.kind} mode`);
    if (!w.settings.eveningReminder.enabled) fail(w, 'an evening reminder while it is off');
    const day = dayKey(w.now, w.timeZone);
    if (routinesOn(w.stats.days[day]) >= w.settings.routine.dailyGoal)
      fail(w, 'an evening reminder with the goal met');
    if (w.now < reminderAt(day, w.settings.eveningReminder.time, w.timeZone))
      fail(w, 'an evening reminder before its time');
    if (last && last.day === day && last.zone === w.timeZone) fail(w, `a second evening reminder on ${day}`);
    last = { day, zone: w.timeZone };
  };
}

/** Screen time never negative on any day, never above the time that day really lasted, nor above all time passed. */
export const screenTimeIsHonest: Invariant = (w) => {
  let total = 0;
  for (const [day, ms] of w.rawActiveByDay) {
    if (ms < 0) fail(w, `${day} has ${ms / 1000} s of screen time`);
    // Wall time is tallied a minute at a time (a minute of slack at each end of the day), and the
    // heartbeat after a change of time zone credits its minute to the new zone's day.
    const wall = (w.wallByDay.get(day) ?? 0) + 2 * MINUTE + MAX_GAP_MS;
    if (ms > wall) fail(w, `${day} has ${ms / 1000} s of screen time in ${wall / 1000} s`);
    total += ms;
  }
  if (total > w.t + w.forwardJumpsMs + MINUTE) fail(w, `${total / 1000} s of screen time in ${w.t / 1000} s`);
};

/** Every stored state is one the engine can load again. */
export const stateIsValid: Invariant = (w, step) => {
  if (STORED.engine.read(step.after) === null) {
    fail(w, `an invalid state: ${JSON.stringify(step.after)}`);
  }
};

/**
 * Posture checks keep their distance: at most one per interval of active time (so at least the
 * interval, less the half-minute a deadline may be served early, apart in wall time), none within a
 * minute after a neck prompt, a Snooze or a Skip, and no neck prompt within a minute after one.
 */
export function spacing(): Invariant {
  let lastPosture: { time: number; intervalMin: number; offset: number } | null = null;
  let lastNeckAction: { time: number; offset: number } | null = null;
  return (w, step) => {
    const acted =
      !step.error &&
      (step.event.type === 'snooze' || step.event.type === 'skip' || shows(step, 'notifyNeck'));
    if (shows(step, 'notifyPosture')) {
      // A clock set back since makes the wall gap meaningless (the engine moves its quiet time back with it).
      const since =
        lastNeckAction && lastNeckAction.offset <= w.clockOffset ? w.now - lastNeckAction.time : null;
      if (since !== null && since < PROMPT_QUIET_MS) {
        fail(w, `a posture check ${since / 1000} s after a neck prompt, snooze or skip`);
      }
      const interval = w.settings.postureCheck.intervalMin;
      // A clock set back makes wall gaps meaningless; skip that pair.
      if (lastPosture && lastPosture.offset <= w.clockOffset) {
        const least = Math.min(interval, lastPosture.intervalMin) * MINUTE - SNAP_MS;
        if (w.now - lastPosture.time < least) {
          fail(w, `posture checks ${(w.now - lastPosture.time) / 1000} s apart (interval ${interval} min)`);
        }
      }
      lastPosture = { time: w.now, intervalMin: interval, offset: w.clockOffset };
    }
    if (shows(step, 'notifyNeck') && lastPosture && w.now - lastPosture.time < PROMPT_QUIET_MS) {
      fail(w, `a neck prompt ${(w.now - lastPosture.time) / 1000} s after a posture check`);
    }
    if (acted) lastNeckAction = { time: w.now, offset: w.clockOffset };
  };
}

/** The invariants for one day (some keep memory, so a fresh set per day). */
export const everyStep = (): Invariant[] => [
  noPromptWhenItMustNot,
  screenTimeIsHonest,
  stateIsValid,
  spacing(),
  eveningOncePerDay(),
];

/**
 * After the day: every absence at least the natural-break length was recorded as exactly one
 * natural break, and none shorter was. An absence, as the user counts it: a stretch without input
 * at least as long as the engine's "away after" time (the idle threshold or the break length,
 * whichever is shorter); or one with a lock, sleep or closed browser in it, which counts from the
 * break or from the last input (a silence shorter than the threshold before a break is reading,
 * unless the engine had lowered the threshold and heard of it). The engine may see a sleep up to a
 * heartbeat and its slack early; absences it may fairly judge either way are not judged. Only for
 * days whose settings never changed and whose clock was never set (`plain`).
 */
export function checkNaturalBreaks(w: World): void {
  const { awayIsBreak, awayBreakMin } = w.settings.activity;
  const breakMs = awayBreakMin * MINUTE;
  const awayAfter = awayAfterSec(w.settings) * SECOND;
  const user = w.user;
  /** Each absence with the shortest and longest the engine may fairly take it to be. */
  const absences: { from: number; to: number; shortest: number; longest: number; breaks: number }[] = [];
  for (let t = user.nextInput(-1); t < user.end; ) {
    const next = user.nextInput(t);
    const back = Math.min(next, user.end);
    const gone = user.firstBreakIn(t, back);
    if (back < user.end) {
      if (gone !== null && gone.at <= t + awayAfter) {
        // A lock, sleep or closed browser before the browser reported idle at the user's
        // threshold: the engine counts from the break, or from the last input if it had lowered
        // the threshold to spot a pause in typing and so heard of the silence first. A sleep or a
        // closed browser it notices only if longer than a missed wake (MAX_GAP).
        const seen = gone.what === 'locked' || back - gone.at > MAX_GAP_MS;
        // A sleep or closed browser no longer than a missed wake may be credited as active time
        // (then the absence starts after it, at a lock, say): judged from up to MAX_GAP later.
        const credited = gone.what === 'locked' ? 0 : MAX_GAP_MS;
        absences.push({
          from: t,
          to: back,
          shortest: seen ? back - gone.at - credited : 0,
          longest: back - t,
          breaks: 0,
        });
      } else if (back - t >= awayAfter) {
        absences.push({ from: t, to: back, shortest: back - t, longest: back - t, breaks: 0 });
      }
    }
    t = next;
  }
  // Time away while a routine's player was on screen is how the routine is done, not a natural
  // break: an absence counts only from the player's last moment on screen, and not at all if the
  // player is still on screen at the return.
  for (const a of absences) {
    for (const r of w.routinesLive) {
      const end = r.to ?? Number.POSITIVE_INFINITY;
      if (r.from >= a.to || end <= a.from) continue;
      const left = Math.max(0, a.to - end);
      a.shortest = Math.min(a.shortest, left);
      a.longest = Math.min(a.longest, left);
    }
  }
  const problems: string[] = [];
  // Each recorded break belongs to the absence it ended: recorded at the return (the first input,
  // or the wake alarm that ends a sleep), so the one whose end is nearest.
  for (const r of w.naturalBreaks) {
    let best: (typeof absences)[number] | undefined;
    for (const a of absences) {
      if (r < a.from || r > a.to + MAX_GAP_MS) continue;
      if (!best || Math.abs(a.to - r) < Math.abs(best.to - r)) best = a;
    }
    if (best) best.breaks++;
    else problems.push(`natural break at minute ${(r / MINUTE).toFixed(2)} without an absence`);
  }
  const span = (a: { from: number; to: number }) =>
    `${(a.from / MINUTE).toFixed(2)}–${(a.to / MINUTE).toFixed(2)} min`;
  for (const a of absences) {
    if (a.breaks > 1) problems.push(`absence ${span(a)} recorded ${a.breaks} times`);
    if (awayIsBreak && a.shortest >= breakMs + SECOND && a.breaks === 0)
      problems.push(`absence ${span(a)} not recorded`);
    // Silence before a sleep may be judged up to a heartbeat and its slack longer than it was.
    if ((!awayIsBreak || a.longest < breakMs - MAX_GAP_MS - SECOND) && a.breaks > 0) {
      problems.push(`absence ${span(a)} recorded as a break`);
    }
  }
  if (problems.length) throw new Error(`natural breaks:\n${problems.join('\n')}`);
}
