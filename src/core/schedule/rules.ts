import { MINUTE, SECOND } from '@/src/core/calendar';

// The engine's fixed numbers, each with the reason for it.

/** While the user is active the engine wakes once a minute to account time and notice sleep. */
export const HEARTBEAT_MS = MINUTE;

/**
 * Deadlines (break due, snooze over, posture check…) are served by the heartbeat: a deadline
 * within SNAP of an event is handled at that event, so the worker wakes once a minute instead of
 * once a minute plus once per deadline. With SNAP = HEARTBEAT / 2 every deadline is met at most
 * 30 s early or late.
 */
export const SNAP_MS = HEARTBEAT_MS / 2;

/**
 * A longer silence than this while the user was active means the machine slept, the browser was
 * closed or the clock jumped forward: the whole span is time away, never screen time. Shorter is
 * screen time. It is two heartbeats and 15 s: a running browser fires an alarm within a second or
 * two, and one wake that never finished (a worker killed mid-event: its alarm repeats a minute
 * later, see platform/alarms.ts) must not read as an absence and lose the minute. The price: a
 * sleep of under 2¼ minutes may count as screen time.
 */
export const MAX_GAP_MS = 2 * HEARTBEAT_MS + 15 * SECOND;

/** A clock that moves back by more than this shifts the wall-clock deadlines along with it. */
export const CLOCK_BACK_TOLERANCE_MS = 5 * SECOND;

/** A due break waits for a pause in input of this long (the idle API's minimum interval)… */
export const NATURAL_PAUSE_SEC = 15;
/** …for at most this long, and never more than a quarter of the neck interval. */
export const NATURAL_PAUSE_MAX_WAIT_MS = 2 * MINUTE;

/** An ignored prompt is shown again after this much further active time, and no sooner in wall time. */
export const REPROMPT_ACTIVE_MS = 10 * MINUTE;
export const REPROMPT_MIN_GAP_MS = 10 * MINUTE;

/** Posture checks are light: cleared this long after they appear. */
export const POSTURE_CLEAR_MS = 30 * SECOND;
/** A posture check this close to a due neck break would be noise: it is skipped. */
export const POSTURE_NEAR_NECK_MS = 5 * MINUTE;
/**
 * Two notifications in the same minute read as one muddled interruption: no posture check within
 * this long after a neck prompt, a Snooze or a Skip, and no neck prompt this soon after a posture check.
 */
export const PROMPT_QUIET_MS = MINUTE;

/** A routine counts as the break taken when at least this much of it was done. */
export const ROUTINE_TAKEN_FRACTION = 0.5;
