import { lastSignOfLife } from '@/src/core/routine/lifecycle';
import { LIMITS } from '@/src/core/settings/limits';
import type { Settings } from '@/src/core/settings/schema';
import { dayKey, MINUTE, SECOND, startOfNextLocalDay } from '@/src/core/time';
import type { Effect, EventContext } from './events';
import { CLOCK_BACK_TOLERANCE_MS, MAX_GAP_MS, SNAP_MS } from './rules';
import type { ActivityState, EngineState, Mode } from './state';

// Active-time accounting. Time counts only while the idle API says `active`; it is credited
// lazily, from `lastSeenAt` to the moment of each event (the heartbeat brings one a minute).
//
// One rule for absences, whatever the mode (normal, due, snoozed, paused, in a routine): away for
// at least the natural-break length is a natural break; shorter is a pause of the counters. Away
// means the idle API reported idle or locked, or nothing at all was heard for longer than a
// heartbeat (asleep, browser closed).

/**
 * What one transition works with: the caller's context, the time of the event, and the effects
 * collected so far. Every rule of the engine takes it as `c`.
 */
export interface TransitionContext extends EventContext {
  now: number;
  effects: Effect[];
}

/** Time counts toward the next neck break and posture check in normal mode or a routine, inside working hours. */
const countsTowardBreaks = (s: EngineState) => s.mode.kind !== 'paused' && s.inHours;

/**
 * How long without input the engine asks the browser to call "idle" when it is not waiting for a
 * pause in typing: the user's idle threshold, or the natural-break length if that is shorter (or
 * an absence long enough to be a break could end before the browser ever reported it).
 */
export function awayAfterSec(settings: Settings): number {
  const { idleThresholdSec, awayIsBreak, awayBreakMin } = settings.activity;
  return awayIsBreak ? Math.min(idleThresholdSec, awayBreakMin * 60) : idleThresholdSec;
}

/**
 * A clock that went backwards counts as zero time, and the wall-clock deadlines move back with it
 * so a snooze or pause does not silently grow by the size of the jump.
 */
export function absorbBackwardClock(s: EngineState, c: TransitionContext): void {
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
    if (s.posture.shownAt !== null) s.posture.shownAt = shift(s.posture.shownAt);
    if (s.posture.lastAt !== null) s.posture.lastAt = shift(s.posture.lastAt);
    if (s.quietUntil !== null) s.quietUntil = shift(s.quietUntil);
    if (s.countedSince !== null) s.countedSince = shift(s.countedSince);
    // A routine's start time is its name (the player's session refers to it): it stays. It is
    // given up on a little later than it would have been.
  }
  s.activity.since = Math.min(s.activity.since, c.now);
  for (const z of s.activity.zones) z.since = Math.min(z.since, c.now);
  s.activity.lastSeenAt = c.now;
}

/**
 * Credits active time up to `until` (≤ now). A silence longer than a heartbeat and its slack means
 * the machine slept or the browser was closed: the whole span is time away.
 */
export const silentTooLong = (s: EngineState, now: number) =>
  s.activity.state === 'active' && now - s.activity.lastSeenAt > MAX_GAP_MS;

export function accrue(s: EngineState, c: TransitionContext, until: number = c.now): void {
  const a = s.activity;
  if (a.state !== 'active' || until <= a.lastSeenAt) return;
  if (until - a.lastSeenAt > MAX_GAP_MS) {
    timeAway(s, c, a.lastSeenAt, until);
    a.since = until;
    a.lastSeenAt = until;
    enterZone(s, c, until);
    return;
  }
  credit(s, c, a.lastSeenAt, until);
  a.lastSeenAt = until;
}

/** Splits [from, to) at local midnights: one stats entry per day it touches. */
function perDay(c: TransitionContext, timeZone: string, from: number, to: number, sign: 1 | -1): void {
  let a = from;
  while (a < to) {
    const b = Math.min(to, startOfNextLocalDay(a, timeZone));
    c.effects.push({ type: 'stats', day: dayKey(a, timeZone), delta: { activeMs: sign * (b - a) } });
    a = b;
  }
}

/**
 * Adds [from, to) as active time: screen time per local day (always), and the break counters. The
 * time zone is learnt at events: a span that ends at the event where a new zone is first seen
 * (travel) is counted on the days of the zone it began in, and the new zone applies from here on.
 */
export function credit(s: EngineState, c: TransitionContext, from: number, to: number): void {
  if (to <= from) return;
  const zones = s.activity.zones;
  const current = zones[zones.length - 1] as (typeof zones)[number];
  perDay(c, current.name, from, to, 1);
  enterZone(s, c, to);
  if (!countsTowardBreaks(s)) return;
  const posture = c.settings.postureCheck.enabled;
  s.neck.activeMs += to - from;
  if (posture) s.posture.activeMs += to - from;
  const after = afterLastSign(s, c);
  const mine = after ? to - Math.max(from, after.at) : 0;
  if (after && mine > 0) {
    after.neckMs += mine;
    if (posture) after.postureMs += mine;
  }
}

type AfterSign = NonNullable<Extract<Mode, { kind: 'routine' }>['afterSign']>;

/**
 * In a routine, the active time counted toward the breaks since its player's last sign of life,
 * which the counters carry if the routine is given up on and counts as the break (endRoutine): as
 * if it had ended at that sign. Started afresh whenever the engine sees a newer sign: the player
 * was on screen until then, so what was credited before it was the routine itself (the engine
 * reads the ticks only at its events, so a sign first seen at one came after the one before, give
 * or take the second between a visible player's ticks).
 */
function afterLastSign(s: EngineState, c: TransitionContext): AfterSign | null {
  if (s.mode.kind !== 'routine') return null;
  const at = lastSignOfLife(s.mode.startedAt, c.routine?.session ?? null);
  if (s.mode.afterSign?.at !== at) s.mode.afterSign = { at, neckMs: 0, postureMs: 0 };
  return s.mode.afterSign;
}

/**
 * From `at` on, active time belongs to the days of the zone the user's clock is in now. Called
 * where a credited stretch ends (the zone first seen there applies from there) and where one
 * starts after an absence (travel learnt on the way back is not booked on the old zone's day).
 */
function enterZone(s: EngineState, c: TransitionContext, at: number): void {
  const zones = s.activity.zones;
  if ((zones[zones.length - 1] as (typeof zones)[number]).name === c.timeZone) return;
  // Kept only as far back as an idle report can reach (the longest idle threshold, a heartbeat).
  const reach = at - (LIMITS.activity.idleThresholdSec.max * SECOND + MAX_GAP_MS);
  const kept = zones.filter((_, i) => (zones[i + 1]?.since ?? at) > reach);
  s.activity.zones = [...kept, { name: c.timeZone, since: at }].slice(-8);
}

/**
 * Takes back [from, to): a heartbeat credited time after the user's last input, which the idle
 * event (back-dated to the last input) has now shown to be idle time. The counters give back only
 * what they were given: nothing from the start of a pause until its end.
 */
function uncredit(s: EngineState, c: TransitionContext, from: number, to: number): void {
  if (to <= from) return;
  const zones = s.activity.zones;
  zones.forEach((z, i) => {
    const a = i === 0 ? from : Math.max(from, z.since);
    const b = Math.min(to, zones[i + 1]?.since ?? to);
    perDay(c, z.name, a, b, -1);
  });
  if (!s.inHours) return;
  const countedFrom = Math.max(from, s.countedSince ?? from);
  const countedTo = s.mode.kind === 'paused' ? Math.min(to, s.mode.since) : to;
  const back = Math.max(0, countedTo - countedFrom);
  const posture = c.settings.postureCheck.enabled;
  s.neck.activeMs = Math.max(0, s.neck.activeMs - back);
  if (posture) s.posture.activeMs = Math.max(-SNAP_MS, s.posture.activeMs - back);
  const after = afterLastSign(s, c);
  const mine = after ? Math.max(0, countedTo - Math.max(countedFrom, after.at)) : 0;
  if (after && mine > 0) {
    after.neckMs = Math.max(0, after.neckMs - mine);
    if (posture) after.postureMs = Math.max(0, after.postureMs - mine);
  }
}

/**
 * The user was away from `from` to `to`. Long enough, and the user wants it so: both counters
 * restart and the day records one natural break, in any mode. Shorter: the counters simply resume
 * where they were (nothing was credited for the absence). Time away while a routine's player was
 * on screen is the routine itself (eyes on the ceiling, hands off), not a second break: only what
 * follows its last sign of life counts (endRoutine does the same for an absence that outlasts it).
 */
export function timeAway(s: EngineState, c: TransitionContext, from: number, to: number): void {
  const { awayIsBreak, awayBreakMin } = c.settings.activity;
  const start =
    s.mode.kind === 'routine'
      ? Math.max(from, lastSignOfLife(s.mode.startedAt, c.routine?.session ?? null))
      : from;
  if (!awayIsBreak || to - start < awayBreakMin * MINUTE) return;
  if (s.neck.status !== 'counting') c.effects.push({ type: 'clearNotification', kind: 'neck' });
  s.neck = { status: 'counting', activeMs: 0 };
  s.posture.activeMs = 0;
  // An absence after the routine's last sign of life restarts what it carries as well.
  const after = afterLastSign(s, c);
  if (after) {
    after.neckMs = 0;
    after.postureMs = 0;
  }
  c.effects.push({ type: 'stats', day: dayKey(to, c.timeZone), delta: { naturalBreaks: 1 } });
}

/**
 * Applies an idle-API report. Idle is back-dated to the last input: by the measured idle time when
 * the adapter could measure it, else by the detection interval the engine last set.
 */
export function changeActivity(
  s: EngineState,
  c: TransitionContext,
  next: ActivityState,
  idleForMs?: number,
): void {
  const a = s.activity;
  if (next === a.state) {
    accrue(s, c);
    return;
  }
  if (next === 'active') {
    // Back from `a.since`: when input stopped (idle) or the screen locked.
    const away = c.now - a.since;
    if (a.state === 'idle' && away < awayAfterSec(c.settings) * SECOND) {
      // Reported only because the engine lowered the detection interval to spot a pause in
      // typing: shorter than what the user counts as away, so it is ordinary reading time. The
      // credited stretch now runs on from the start of that pause.
      credit(s, c, a.since, c.now);
      s.activity = { ...s.activity, state: 'active', lastSeenAt: c.now };
    } else {
      timeAway(s, c, a.since, c.now);
      s.activity = { ...s.activity, state: 'active', since: c.now, lastSeenAt: c.now };
      enterZone(s, c, c.now);
    }
    return;
  }
  if (a.state === 'active') {
    const measured = idleForMs !== undefined && idleForMs >= 0 ? idleForMs : a.detectionSec * SECOND;
    const stoppedAt = next === 'idle' ? c.now - measured : c.now;
    if (stoppedAt - a.lastSeenAt > MAX_GAP_MS) {
      // Nothing was heard for longer than a heartbeat (asleep, browser closed), and the user is
      // still away now: one absence since the last thing heard, judged when they come back.
      s.activity = { ...s.activity, state: next, since: a.lastSeenAt };
      return;
    }
    if (stoppedAt >= a.lastSeenAt) accrue(s, c, stoppedAt);
    else {
      // Input stopped before the last credit: take the difference back, but never from before the
      // credited stretch began (an absence before it was never credited).
      const from = Math.max(stoppedAt, a.since);
      uncredit(s, c, from, a.lastSeenAt);
      a.lastSeenAt = from;
    }
    s.activity = { ...s.activity, state: next, since: s.activity.lastSeenAt };
    return;
  }
  // idle ⇄ locked: still away since the same moment.
  s.activity = { ...a, state: next };
}
