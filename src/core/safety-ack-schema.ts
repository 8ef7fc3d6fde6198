import { z } from 'zod/mini';

/** The user confirmed the contraindications of content version `version` at `at`. */
export const SafetyAckSchema = z.object({ version: z.int().check(z.minimum(1)), at: z.number() });
export type SafetyAck = z.infer<typeof SafetyAckSchema>;
