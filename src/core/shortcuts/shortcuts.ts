import { snoozeOffered } from '@/src/core/prompt-click';
import { belongsTo, STALE_TICK_AFTER_MS } from '@/src/core/routine/lifecycle';
import type { RoutineSession } from '@/src/core/routine/session';
import type { Command, CommandError } from '@/src/core/schedule/events';
import type { EngineState } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';

// The keyboard shortcuts (the manifest's `commands`, wxt.config.ts). Each becomes one of the
// engine's own commands, the ones the popup and the notifications send, so a shortcut can do
// nothing a click could not. What does not apply at the moment (nothing to snooze, no pause during
// a routine) is refused here or by the engine, changes nothing, and the user is told why.

/** The commands' names, as the manifest declares them and `commands.onCommand` reports them. */
export const SHORTCUTS = ['start-routine', 'snooze-break', 'toggle-pause'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

export const isShortcut = (name: string): name is Shortcut => (SHORTCUTS as readonly string[]).includes(name);

/**
 * Why a shortcut did nothing, in the user's terms (each has its sentence in the locales,
 * `shortcuts.refused.*`).
 */
export type ShortcutRefusal =
  | 'nothing-due' // snooze: no neck break is due (counting, or already snoozed)
  | 'snooze-limit' // snooze: this break has been snoozed as often as the settings allow
  | 'paused' // snooze: reminders are paused, so no break is being asked for
  | 'routine-running' // snooze or pause during a routine
  | 'routine-on-screen' // start: a routine runs and its player is on screen already
  | 'failed'; // anything else the engine refused (not expected: said plainly, never silent)

export type ShortcutDecision =
  | { kind: 'command'; command: Command }
  | { kind: 'refused'; reason: ShortcutRefusal }
  /** Start while a routine runs: show its player if no page shows it, else say it is running. */
  | { kind: 'routine-running'; startedAt: number };

/**
 * What `shortcut` asks of the engine, given the stored state and settings the engine is about to
 * apply it to (the background decides inside the engine's queue, so both see the same state).
 */
export function decideShortcut(shortcut: Shortcut, state: EngineState, settings: Settings): ShortcutDecision {
  const mode = state.mode;
  switch (shortcut) {
    case 'start-routine':
      if (mode.kind === 'routine') return { kind: 'routine-running', startedAt: mode.startedAt };
      // `notification`: started from outside any page, so the engine opens the player (the popup,
      // or the routine's window), exactly as a click on the break prompt does.
      return {
        kind: 'command',
        command: { type: 'startRoutine', variant: settings.routine.defaultVariant, source: 'notification' },
      };
    case 'snooze-break':
      // A break can stay due through a pause or a routine (it is prompted afresh after), but
      // nothing is being asked of the user then: snoozing it would only spend a snooze.
      if (mode.kind === 'paused') return refused('paused');
      if (mode.kind === 'routine') return refused('routine-running');
      if (state.neck.status !== 'due') return refused('nothing-due');
      // The length the prompt on screen offers (its button says so), else the settings' default.
      return { kind: 'command', command: { type: 'snooze', minutes: snoozeOffered(state, settings) } };
    case 'toggle-pause':
      if (mode.kind === 'routine') return refused('routine-running');
      // "Until I resume": the same key resumes, so a pause needs no length chosen by keyboard.
      return {
        kind: 'command',
        command: mode.kind === 'paused' ? { type: 'resume' } : { type: 'pause', preset: 'indefinite' },
      };
  }
}

const refused = (reason: ShortcutRefusal): ShortcutDecision => ({ kind: 'refused', reason });

/** The engine refused the command a shortcut became (its state moved on meanwhile): why, for the user. */
export function refusalOf(error: CommandError): ShortcutRefusal {
  switch (error) {
    case 'not-due':
      return 'nothing-due';
    case 'snooze-limit':
      return 'snooze-limit';
    case 'routine-running':
      return 'routine-running';
    default:
      return 'failed';
  }
}

/**
 * Whether a page shows the player of the routine started at `startedAt`: its session is that
 * routine's and has ticked lately (a visible player ticks every second, paused or not). If none
 * does (the popup closed, the window never opened), Start shows it again instead of refusing.
 */
export const playerOnScreen = (session: RoutineSession | null, startedAt: number, now: number): boolean =>
  belongsTo(session, startedAt) && now - session.lastTickAt <= STALE_TICK_AFTER_MS;
