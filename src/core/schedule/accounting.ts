import { dayKey, MINUTE, SECOND, startOfNextLocalDay } from '../time';
import type { Effect, EventContext } from './events';
import { CLOCK_BACK_TOLERANCE_MS, MAX_GAP_MS, SNAP_MS } from './rules';
import type { ActivityState, EngineState } from './state';

// Active-time accounting. Time counts only while the idle API says `active`; it is credited
// lazily, from `lastSeenAt` to the moment of each event, so a worker that dies loses nothing.

export interface Step extends EventContext {
  now: number;
  effects: Effect[];
}

/** Counting toward breaks happens in normal mode inside working hours; screen time counts outside too. */
const countsTowardBreaks = (s: EngineState) => s.mode.kind !== 'paused' && s.inHours;

/**
 * A clock that went backwards counts as zero time, and the wall-clock deadlines move back with it
 * so a snooze or pause does not silently grow by the size of the jump.
 */
export function absorbBackwardClock(s: EngineState, c: Step): void {
  const back = s.activity.lastSeenAt - c.now;
  if (back <= 0) return;
  if (back > CLOCK_BACK_TOLERANCE_MS) {
    const shift = (t: number) => Math.max(0, t - back);
    if (s.neck.status === 'snoozed') s.neck.until = shift(s.neck.until);
    if (s.neck.status === 'due') {
      s.neck.dueAt = shift(s.neck.dueAt);
      const p = s.neck.prompt;
      if (p.kind === 'shown') p.at = shift(p.at);
      else p.since = shift(p.since);
    }
    if (s.mode.kind === 'paused') {
      s.mode.since = shift(s.mode.since);
      if (s.mode.until !== null) s.mode.until = shift(s.mode.until);
    }
    if (s.mode.kind === 'routine') s.mode.startedAt = shift(s.mode.startedAt);
    if (s.posture.shownAt !== null) s.posture.shownAt = shift(s.posture.shownAt);
  }
  s.activity.since = Math.min(s.activity.since, c.now);
  s.activity.lastSeenAt = c.now;
}

/** Credits active time up to `until` (≤ now), treating a silence longer than MAX_GAP as time away. */
export function accrue(s: EngineState, c: Step, until: number = c.now): void {
  const a = s.activity;
  if (a.state !== 'active' || until <= a.lastSeenAt) return;
  if (s.mode.kind === 'paused') {
    // Paused: no heartbeat runs, so a long silence cannot be told from sleep. Nothing is counted.
    a.lastSeenAt = until;
    return;
  }
  if (until - a.lastSeenAt > MAX_GAP_MS) {
    timeAway(s, c, a.lastSeenAt, until);
    a.since = until;
    a.lastSeenAt = until;
    return;
  }
  credit(s, c, a.lastSeenAt, until);
  a.lastSeenAt = until;
}

/** Adds [from, to) as active time: screen time per local day, and the break counters. */
export function credit(s: EngineState, c: Step, from: number, to: number): void {
  if (to <= from) return;
  let a = from;
  while (a < to) {
    const b = Math.min(to, startOfNextLocalDay(a, c.timeZone));
    c.effects.push({ type: 'stats', day: dayKey(a, c.timeZone), delta: { activeMs: b - a } });
    a = b;
  }
  if (!countsTowardBreaks(s)) return;
  s.neck.activeMs += to - from;
  s.posture.activeMs += to - from;
}

/**
 * Takes back [from, to): a heartbeat credited time after the user's last input, which the idle
 * event (back-dated by the detection interval) has now shown to be idle time.
 */
function uncredit(s: EngineState, c: Step, from: number, to: number): void {
  if (to <= from) return;
  let a = from;
  while (a < to) {
    const b = Math.min(to, startOfNextLocalDay(a, c.timeZone));
    c.effects.push({ type: 'stats', day: dayKey(a, c.timeZone), delta: { activeMs: a - b } });
    a = b;
  }
  if (!countsTowardBreaks(s)) return;
  s.neck.activeMs = Math.max(0, s.neck.activeMs - (to - from));
  s.posture.activeMs = Math.max(-SNAP_MS, s.posture.activeMs - (to - from));
}

/**
 * The user was away from `from` to `to` (idle, locked, asleep, browser closed). Long enough, and
 * the user wants it so: both counters restart and the day records a natural break. Shorter: the
 * counters simply resume where they were.
 */
export function timeAway(s: EngineState, c: Step, from: number, to: number): void {
  const { awayIsBreak, awayBreakMin } = c.settings.activity;
  if (!awayIsBreak || to - from < awayBreakMin * MINUTE || !countsTowardBreaks(s)) return;
  if (s.mode.kind === 'routine') return;
  if (s.neck.status !== 'counting') c.effects.push({ type: 'clearNotification', kind: 'neck' });
  s.neck = { status: 'counting', activeMs: 0 };
  s.posture.activeMs = 0;
  c.effects.push({ type: 'stats', day: dayKey(to, c.timeZone), delta: { naturalBreaks: 1 } });
}

/** Applies an idle-API state change. Idle is back-dated: input stopped `detectionSec` earlier. */
export function changeActivity(s: EngineState, c: Step, next: ActivityState): void {
  const a = s.activity;
  if (next === a.state) {
    accrue(s, c);
    return;
  }
  if (next === 'active') {
    const away = c.now - a.since;
    const { awayIsBreak, awayBreakMin, idleThresholdSec } = c.settings.activity;
    const isBreak = awayIsBreak && away >= awayBreakMin * MINUTE;
    if (s.mode.kind === 'paused') {
      // Paused: nothing counts either way.
    } else if (!isBreak && a.state === 'idle' && away < idleThresholdSec * SECOND) {
      // A pause shorter than the user's idle threshold is ordinary reading time: count it. This
      // happens when the engine lowered the detection interval to spot a natural pause.
      credit(s, c, a.since, c.now);
    } else {
      timeAway(s, c, a.since, c.now);
    }
    s.activity = { ...a, state: 'active', since: c.now, lastSeenAt: c.now };
    return;
  }
  if (a.state === 'active') {
    const stoppedAt = next === 'idle' ? c.now - a.detectionSec * SECOND : c.now;
    if (stoppedAt >= a.lastSeenAt) accrue(s, c, stoppedAt);
    else {
      // Only what was credited can be taken back: nothing is credited while paused.
      const creditedTo = s.mode.kind === 'paused' ? Math.min(a.lastSeenAt, s.mode.since) : a.lastSeenAt;
      uncredit(s, c, Math.max(stoppedAt, a.since), creditedTo);
      a.lastSeenAt = Math.min(a.lastSeenAt, Math.max(stoppedAt, a.since));
    }
    s.activity = { ...s.activity, state: next, since: s.activity.lastSeenAt };
    return;
  }
  // idle ⇄ locked: still away since the same moment.
  s.activity = { ...a, state: next };
}
