import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import type { Command, CommandError } from '../core/schedule/events';

// The one typed protocol between the pages (popup, routine window, options) and the background
// engine. Pages never change engine state or stats themselves; they ask, and watch storage.

export type CommandResult = { ok: true } | { ok: false; error: CommandError | 'invalid-command' };

interface ProtocolMap {
  /** Carry out a user command now; the answer says whether it applied. */
  command(cmd: Command): CommandResult;
  /** A page opened: bring the engine's state up to date with the clock. */
  refresh(): void;
  /** Erase all history (the options page, after confirmation). */
  eraseHistory(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

export const sendCommand = (cmd: Command) => sendMessage('command', cmd);

/** Messages come from our own pages, but are checked like any input before reaching the engine. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('startRoutine'),
    variant: z.enum(['full', 'quick']),
    source: z.enum(['popup', 'notification']),
  }),
  z.object({ type: z.literal('routineEnded'), fraction: z.number() }),
  z.object({ type: z.literal('snooze'), minutes: z.number() }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('pause'), preset: z.enum(['30m', '1h', '2h', 'tomorrow', 'indefinite']) }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('rateComfort'), rating: z.number() }),
]);
