import { z } from 'zod/mini';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { PAUSE_PRESETS } from './pause';

/**
 * The commands pages (and notification buttons) send the engine: the one declaration of their
 * shape; `Command` (events.ts) is inferred from it. Messages come from our own pages, but are
 * checked like any input before reaching the engine.
 */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('startRoutine'),
    variant: z.enum(VARIANT_IDS),
    source: z.enum(['popup', 'notification']),
  }),
  /** The player's end of the routine the engine started at `startedAt`, with the share practised. */
  z.object({ type: z.literal('routineEnded'), startedAt: z.number(), fraction: z.number() }),
  z.object({ type: z.literal('snooze'), minutes: z.number() }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('pause'), preset: z.enum(PAUSE_PRESETS) }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('rateComfort'), rating: z.number() }),
]);
