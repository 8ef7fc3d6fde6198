import type { Command } from '../core/schedule/events';
import { checked, type JsonSchema } from '../core/validate/check';
import commandSchema from '../core/validate/generated/command.json';

/**
 * Messages come from our own pages, but are checked like any input before reaching the engine.
 * Kept out of protocol.ts so pages, which only send, don't carry the schema.
 */
export const parseCommand = (data: unknown): Command | null =>
  checked<Command>(commandSchema as unknown as JsonSchema, data);
