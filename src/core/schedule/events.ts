import type { Settings } from '../settings/schema';
import type { StatsDelta } from '../stats/day-stats';
import type { DayKey } from '../time';
import type { ActivityState } from './state';

export type Variant = 'full' | 'quick';
export type PausePreset = '30m' | '1h' | '2h' | 'tomorrow' | 'indefinite';

/** Commands the popup, options page and notifications send (see src/platform/protocol.ts). */
export type Command =
  | { type: 'startRoutine'; variant: Variant; source: 'popup' | 'notification' }
  | { type: 'routineEnded'; fraction: number }
  | { type: 'snooze'; minutes: number }
  | { type: 'skip' }
  | { type: 'pause'; preset: PausePreset }
  | { type: 'resume' }
  | { type: 'rateComfort'; rating: number };

export type EngineEvent =
  /** The worker started (install, browser start, or any wake); `idle` is the browser's current state. */
  | { type: 'started'; idle: ActivityState }
  /** The engine's one-shot wake alarm fired. */
  | { type: 'wake' }
  | { type: 'idleChanged'; state: ActivityState }
  | { type: 'settingsChanged' }
  /** A page opened and wants fresh state (nothing else changes). */
  | { type: 'refresh' }
  | Command;

/** What the adapter reads from the browser at the moment of the event. */
export interface EventContext {
  settings: Settings;
  /** IANA zone of the user's clock right now (it changes when they travel). */
  timeZone: string;
  /** A browser window is fullscreen (video, slides, a call). */
  fullscreen: boolean;
}

export type NotificationKind = 'neck' | 'posture';

export type Effect =
  /** Arm the engine's single one-shot alarm at `at`, or clear it (null). */
  | { type: 'wakeAt'; at: number | null }
  | {
      type: 'notifyNeck';
      /** Snooze length offered on the prompt, or null when the per-break limit is reached. */
      snoozeMin: number | null;
      /** The second action when no snooze is left: the quick routine. */
      atLimit: boolean;
    }
  | { type: 'notifyPosture'; cue: number }
  | { type: 'clearNotification'; kind: NotificationKind }
  | { type: 'badge'; text: string; color: string }
  | { type: 'stats'; day: DayKey; delta: StatsDelta }
  | { type: 'openRoutine'; variant: Variant }
  | { type: 'idleInterval'; seconds: number };

export type CommandError =
  | 'not-due'
  | 'snooze-limit'
  | 'bad-minutes'
  | 'not-paused'
  | 'no-routine'
  | 'routine-running'
  | 'bad-fraction'
  | 'bad-rating'
  | 'neck-off';
