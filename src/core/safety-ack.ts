import { z } from 'zod/mini';

/** The user confirmed the contraindications of content version `version` at `at`. */
export const SafetyAckSchema = z.object({ version: z.int().check(z.minimum(1)), at: z.number() });
export type SafetyAck = z.infer<typeof SafetyAckSchema>;

/** The safety screen is shown until the current content version has been acknowledged. */
export const needsSafetyAck = (ack: SafetyAck | null, contentVersion: number) =>
  ack === null || ack.version < contentVersion;
