import { dayKey, MINUTE } from '../time';
import type { Step } from './accounting';
import { neckIntervalMs } from './neck';
import { POSTURE_CLEAR_MS, POSTURE_NEAR_NECK_MS, SNAP_MS } from './rules';
import type { EngineState } from './state';

/**
 * Light posture checks every N active minutes. One falling due is shown only when it cannot get in
 * the way: not in a routine, paused, off-hours or fullscreen, and not within 5 minutes of a neck
 * break (due, snoozed, or about to be). A skipped one is not made up; the next comes N minutes later.
 */
export function evaluatePosture(s: EngineState, c: Step): void {
  if (s.posture.shownAt !== null && c.now >= s.posture.shownAt + POSTURE_CLEAR_MS) {
    s.posture.shownAt = null;
    c.effects.push({ type: 'clearNotification', kind: 'posture' });
  }
  const { enabled, intervalMin } = c.settings.postureCheck;
  if (!enabled || s.activity.state !== 'active') return;
  if (s.posture.activeMs + SNAP_MS < intervalMin * MINUTE) return;
  // Carry the difference: a check served up to SNAP early is owed back by the next one, so the
  // checks average exactly one per interval however the heartbeat falls.
  s.posture.activeMs -= intervalMin * MINUTE;
  if (s.mode.kind !== 'normal' || !s.inHours || c.fullscreen || neckBreakNear(s, c)) return;
  c.effects.push({ type: 'notifyPosture', cue: s.posture.nextCue });
  c.effects.push({ type: 'stats', day: dayKey(c.now, c.timeZone), delta: { postureChecks: 1 } });
  s.posture.nextCue += 1;
  s.posture.shownAt = c.now;
}

function neckBreakNear(s: EngineState, c: Step): boolean {
  if (!c.settings.neckBreak.enabled) return false;
  if (s.neck.status !== 'counting') return true;
  return neckIntervalMs(c) - s.neck.activeMs <= POSTURE_NEAR_NECK_MS;
}
