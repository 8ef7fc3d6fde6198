import type { Settings } from '@/src/core/settings/schema';
import type { PausePreset } from './pause';
import type { EngineState } from './state';
import { neckBreakInMs } from './time-to-break';

// What the popup shows about the schedule, derived from the stored state. Pages call this; they
// never work out deadlines themselves.

export type StatusPhase = 'counting' | 'due' | 'snoozed' | 'paused' | 'routine' | 'off-hours' | 'neck-off';

export interface StatusView {
  phase: StatusPhase;
  /** Active time left until the neck break (counting), projected to `now` while the user is active. */
  nextBreakInMs: number | null;
  snoozedUntil: number | null;
  /** While paused: until when (null: until resumed) and what the user chose ("until tomorrow"…). */
  pause: { until: number | null; preset: PausePreset } | null;
  /** Snoozes still allowed for the current break (due only). */
  snoozesLeft: number;
  /** The snooze lengths to offer right now; empty at the limit. */
  snoozeChoices: number[];
}

export function describeStatus(s: EngineState, settings: Settings, now: number): StatusView {
  const snoozesUsed = s.neck.status === 'counting' ? 0 : s.neck.snoozes;
  const snoozesLeft = Math.max(0, settings.snooze.maxPerBreak - snoozesUsed);
  const view: StatusView = {
    phase: 'counting',
    nextBreakInMs: null,
    snoozedUntil: null,
    pause: null,
    snoozesLeft,
    snoozeChoices: snoozesLeft > 0 ? [...settings.snooze.choicesMin].sort((a, b) => a - b) : [],
  };
  if (s.mode.kind === 'paused') {
    return { ...view, phase: 'paused', pause: { until: s.mode.until, preset: s.mode.preset } };
  }
  if (s.mode.kind === 'routine') return { ...view, phase: 'routine' };
  if (!settings.neckBreak.enabled) return { ...view, phase: 'neck-off' };
  if (!s.inHours) return { ...view, phase: 'off-hours' };
  if (s.neck.status === 'due') return { ...view, phase: 'due' };
  if (s.neck.status === 'snoozed') return { ...view, phase: 'snoozed', snoozedUntil: s.neck.until };
  return { ...view, nextBreakInMs: Math.max(0, neckBreakInMs(s, settings, now)) };
}
