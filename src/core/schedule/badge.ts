import type { Settings } from '@/src/core/settings/schema';
import { HOUR, MINUTE } from '@/src/core/time';
import type { Badge } from './badge-schema';
import type { EngineState } from './state';
import { neckBreakInMs } from './time-to-break';

// The toolbar badge: about four characters fit. Minutes to the next neck break, or a mark.
export const BADGE_COLORS = {
  counting: '#1d6f66',
  due: '#c2410c',
  snoozed: '#6d28d9',
  paused: '#4b5563',
  offHours: '#4b5563',
} as const;

export type { Badge } from './badge-schema';

/** `42m` under 100 minutes, `2h` above. */
export function formatBadgeMinutes(remainingMs: number): string {
  const minutes = Math.max(1, Math.ceil(remainingMs / MINUTE));
  return minutes < 100 ? `${minutes}m` : `${Math.round(remainingMs / HOUR)}h`;
}

export function badgeFor(s: EngineState, settings: Settings, now: number): Badge {
  if (s.mode.kind === 'paused') return { text: 'II', color: BADGE_COLORS.paused };
  if (s.mode.kind === 'routine') return { text: '', color: BADGE_COLORS.counting };
  if (!settings.neckBreak.enabled) return { text: '', color: BADGE_COLORS.counting };
  if (!s.inHours) return { text: 'off', color: BADGE_COLORS.offHours };
  if (s.neck.status === 'due') return { text: '!', color: BADGE_COLORS.due };
  if (s.neck.status === 'snoozed') {
    return { text: `z${Math.max(1, Math.ceil((s.neck.until - now) / MINUTE))}`, color: BADGE_COLORS.snoozed };
  }
  return { text: formatBadgeMinutes(neckBreakInMs(s, settings, now)), color: BADGE_COLORS.counting };
}
