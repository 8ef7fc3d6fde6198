import { HEARTBEAT_MS, POSTURE_CLEAR_MS } from './rules';
import type { EngineState } from './state';

/**
 * When the engine next needs to run, as one absolute time for its single one-shot alarm.
 * - While the user is active (and not paused): the heartbeat, a minute from now. Every other
 *   deadline is served by a heartbeat within SNAP_MS (rules.ts), so it needs no wake of its own.
 * - While idle, locked or paused: nothing periodic. The next idle-API event, command or browser
 *   start brings the engine up to date; only the end of a timed pause has its own alarm.
 * - A shown posture check is cleared at its own time.
 */
export function nextWake(s: EngineState, now: number): number | null {
  const times: number[] = [];
  if (s.posture.shownAt !== null) times.push(s.posture.shownAt + POSTURE_CLEAR_MS);
  if (s.mode.kind === 'paused') {
    if (s.mode.until !== null) times.push(s.mode.until);
  } else if (s.activity.state === 'active') {
    times.push(now + HEARTBEAT_MS);
  }
  return times.length ? Math.max(now, Math.min(...times)) : null;
}
