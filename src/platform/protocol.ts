import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Command, CommandError } from '@/src/core/schedule/events';

// The one typed protocol between the pages (popup, routine window, options) and the background
// engine. Pages never change engine state or stats themselves; they ask, and watch storage.

/** What a page hears back: done, or why not (`unreachable`: the worker did not answer at all). */
export type CommandResult =
  | { ok: true }
  | { ok: false; error: CommandError | 'invalid-command' | 'unreachable' };

interface ProtocolMap {
  /** Carry out a user command now; the answer says whether it applied. */
  command(cmd: Command): CommandResult;
  /** A page opened: bring the engine's state up to date with the clock. */
  refresh(): void;
  /** Erase all history (the options page, after confirmation). */
  eraseHistory(): void;
  /**
   * Add the days of an imported history file (checked by the page: core/stats/history-import.ts;
   * checked again by the worker, day by day) to the history.
   */
  importHistory(days: Record<string, unknown>): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

export const sendCommand = (cmd: Command) => sendMessage('command', cmd);
