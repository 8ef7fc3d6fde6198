import { dayKey, MINUTE } from '@/src/core/time';
import type { TransitionContext } from './accounting';
import { POSTURE_CLEAR_MS, POSTURE_NEAR_NECK_MS, SNAP_MS } from './rules';
import type { EngineState } from './state';
import { neckBreakInMs } from './time-to-break';

/**
 * Light posture checks every N minutes of active time counted while checks are on. One falling due
 * is shown only when it cannot get in the way: not in a routine, paused, off-hours, fullscreen or
 * on a locked screen, and not within 5 minutes of a neck break (due, snoozed, or about to be). One
 * falling due within a minute after a neck prompt, a Snooze or a Skip waits until that minute is
 * over. A skipped one is not made up; the next comes N minutes later.
 */
export function evaluatePosture(s: EngineState, c: TransitionContext): void {
  if (s.posture.shownAt !== null && c.now >= s.posture.shownAt + POSTURE_CLEAR_MS) {
    s.posture.shownAt = null;
    c.effects.push({ type: 'clearNotification', kind: 'posture' });
  }
  const { enabled, intervalMin } = c.settings.postureCheck;
  if (!enabled || s.activity.state !== 'active') return;
  const interval = intervalMin * MINUTE;
  if (s.posture.activeMs + SNAP_MS < interval) return;
  if (s.quietUntil !== null && c.now < s.quietUntil) return;
  // A check served up to SNAP early is owed back by the next one; one served late, or a count far
  // past an interval the user just shortened, is not made up: at most one check, then the cadence.
  s.posture.activeMs = Math.min(0, s.posture.activeMs - interval);
  if (s.mode.kind !== 'normal' || !s.inHours || c.fullscreen || neckBreakNear(s, c)) return;
  c.effects.push({ type: 'notifyPosture', cue: s.posture.nextCue });
  c.effects.push({ type: 'stats', day: dayKey(c.now, c.timeZone), delta: { postureChecks: 1 } });
  s.posture.nextCue += 1;
  s.posture.shownAt = c.now;
  s.posture.lastAt = c.now;
}

function neckBreakNear(s: EngineState, c: TransitionContext): boolean {
  if (!c.settings.neckBreak.enabled) return false;
  if (s.neck.status !== 'counting') return true;
  return neckBreakInMs(s, c.settings, c.now) <= POSTURE_NEAR_NECK_MS;
}
