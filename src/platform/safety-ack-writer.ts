import { safetyAckItem } from './storage-items';

/** Records that the user confirmed the safety screen of content version `version` at `at`. */
export const saveSafetyAck = (version: number, at: number) => safetyAckItem.set({ version, at });
