import { abandonedAt } from '@/src/core/routine/lifecycle';
import type { TransitionContext } from './accounting';
import { postureQuietEndsAt } from './neck';
import { reminderWake } from './reminder';
import { HEARTBEAT_MS, POSTURE_CLEAR_MS } from './rules';
import type { EngineState } from './state';
import { nextHoursBoundary } from './working-hours';

/**
 * When the engine next needs to run, as one absolute time for its single wake alarm.
 * - While the user is active (paused or not): the heartbeat, a minute from now. It accounts time,
 *   notices sleep, and serves every deadline within SNAP_MS (rules.ts) without a wake of its own.
 * - While idle or locked: nothing periodic. The next idle-API event, command or browser start
 *   brings the engine up to date.
 * - Deadlines that must be met to the second, active or not: the end of a timed pause, the start
 *   and end of working hours (the badge changes and a prompt is taken down at the boundary
 *   itself), clearing a shown posture check, giving up on an abandoned routine, and a neck prompt
 *   held back only by a recent posture check.
 * - The evening reminder (reminder.ts), once a day, so it comes on time while the user is away
 *   from the keyboard too.
 */
export function nextWake(s: EngineState, c: TransitionContext): number | null {
  const { now } = c;
  const times: number[] = [];
  if (s.activity.state === 'active') times.push(now + HEARTBEAT_MS);
  if (s.posture.shownAt !== null) times.push(s.posture.shownAt + POSTURE_CLEAR_MS);
  if (s.mode.kind === 'paused' && s.mode.until !== null) times.push(s.mode.until);
  if (s.mode.kind === 'routine') times.push(abandonedAt(s.mode.startedAt, c.routine?.session ?? null));
  const boundary = nextHoursBoundary(c.settings.workingHours, now, c.timeZone);
  if (boundary !== null) times.push(boundary);
  const quietEnds = postureQuietEndsAt(s);
  if (s.neck.status === 'due' && s.neck.prompt.kind !== 'shown' && quietEnds !== null && quietEnds > now) {
    times.push(quietEnds);
  }
  const reminder = reminderWake(s, now);
  if (reminder !== null) times.push(reminder);
  return times.length ? Math.max(now, Math.min(...times)) : null;
}
