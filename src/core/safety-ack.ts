import type { SafetyAck } from './safety-ack-schema';

export type { SafetyAck } from './safety-ack-schema';

/** The safety screen is shown until the current content version has been acknowledged. */
export const needsSafetyAck = (ack: SafetyAck | null, contentVersion: number) =>
  ack === null || ack.version < contentVersion;
