import { MINUTE } from '@/src/core/calendar';
import type { Settings } from '@/src/core/settings/schema';
import { HEARTBEAT_MS } from './rules';
import type { EngineState } from './state';

/**
 * Active time left, as of `now`, until a counting neck break falls due: the interval less the
 * active time counted. The count in the state runs to the last event; while the user is active, the
 * time since then is active time too (at most a heartbeat: a longer silence is time away). The one
 * answer the badge, the popup's status, the break falling due and the posture check's "neck break
 * near" all use. The engine asks it at an event, when the count runs to `now`; the popup asks it
 * between the heartbeats. It goes below zero: the count goes on while a break is due.
 */
export function neckBreakInMs(s: EngineState, settings: Settings, now: number): number {
  const sinceCounted =
    s.activity.state === 'active' ? Math.min(Math.max(0, now - s.activity.lastSeenAt), HEARTBEAT_MS) : 0;
  return settings.neckBreak.intervalMin * MINUTE - s.neck.activeMs - sinceCounted;
}
