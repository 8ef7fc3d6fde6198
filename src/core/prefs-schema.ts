import { z } from 'zod/mini';

// Two small things the pages remember for the user, beside the settings.

/** The first routine's voice question was settled at `at` (the answer is settings.routine.voice). */
export const VoiceAskedSchema = z.object({ at: z.number() });
export type VoiceAsked = z.infer<typeof VoiceAskedSchema>;

/** The player's "mute for now" switch for the chime, for the browser session. */
export const PlayerMuteSchema = z.object({ chime: z.boolean() });
export type PlayerMute = z.infer<typeof PlayerMuteSchema>;
