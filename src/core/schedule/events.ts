import type { z } from 'zod/mini';
import type { TimedPlan } from '@/src/core/routine/plan';
import type { RoutineSession } from '@/src/core/routine/session';
import type { Settings } from '@/src/core/settings/schema';
import type { StatsDelta } from '@/src/core/stats/day-stats';
import type { DayKey } from '@/src/core/time';
import type { CommandSchema } from './command-schema';
import type { ActivityState, OfferedRoutine } from './state';

export type { PausePreset } from './pause';

/** Commands the popup, options page and notifications send (see src/platform/protocol.ts). */
export type Command = z.infer<typeof CommandSchema>;

/**
 * How long the browser has seen no input, when the adapter could measure it (the idle API answers
 * "idle or not" for any threshold, so it can be narrowed down). An idle report says only that the
 * threshold was crossed at some point, which is not when input stopped if the engine has just
 * lowered the threshold: this is what makes back-dating exact.
 */
type Measured = { idleForMs?: number };

export type EngineEvent =
  /** The worker started (install, browser start, or any wake); `idle` is the browser's current state. */
  | ({ type: 'started'; idle: ActivityState } & Measured)
  /**
   * The engine's wake alarm fired. After a long silence (`needsIdleState`: the machine slept) it
   * carries the idle state too, to tell a user already back from one still away.
   */
  | ({ type: 'wake'; idle?: ActivityState } & Measured)
  | ({ type: 'idleChanged'; state: ActivityState } & Measured)
  /**
   * The settings were changed; `previous` are the ones in force until now (null if there were
   * none): the time since the last event is counted under them, not under the new ones.
   */
  | { type: 'settingsChanged'; previous: Settings | null }
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
  /**
   * While a routine runs: the player's stored session (written by the pages alone; its ticks are
   * the routine's signs of life) and the plan it plays. Null when no page has shown it yet.
   */
  routine: { session: RoutineSession; plan: TimedPlan } | null;
  /**
   * Routines done on the local day of the event, as stored before it: whether the daily goal is
   * met decides the evening reminder (reminder.ts).
   */
  routinesToday: number;
}

export type NotificationKind = 'neck' | 'posture' | 'evening';

export type Effect =
  /** Arm the engine's single wake alarm at `at`, or clear it (null). */
  | { type: 'wakeAt'; at: number | null }
  | {
      type: 'notifyNeck';
      /** Snooze length offered on the prompt, or null when the per-break limit is reached. */
      snoozeMin: number | null;
      /** The routine the second button starts when no snooze is left (neck.ts, otherRoutine), else null. */
      other: OfferedRoutine | null;
      atLimit: boolean;
    }
  | { type: 'notifyPosture'; cue: number }
  /** The evening reminder: routines done today and the daily goal, for its text. */
  | { type: 'notifyEvening'; done: number; goal: number }
  | { type: 'clearNotification'; kind: NotificationKind }
  | { type: 'badge'; text: string; color: string }
  | { type: 'stats'; day: DayKey; delta: StatsDelta }
  /** Open the player on the routine the engine has just started (its variant is in the state's mode). */
  | { type: 'openRoutine' }
  | { type: 'idleInterval'; seconds: number };

/** Why a command was refused; the pages put each into words. It then changed nothing. */
export type CommandError =
  | 'not-due' // nothing to snooze or skip: no neck break is due
  | 'snooze-limit' // this break has been snoozed as often as the settings allow
  | 'snooze-not-offered' // a snooze length the settings do not offer
  | 'not-paused'
  | 'no-routine' // the end of a routine the engine does not know
  | 'routine-running'
  | 'bad-fraction'
  | 'bad-rating';
