import { STORED } from './storage-items';

/** Records that the user confirmed the safety screen of content version `version` at `at`. */
export const saveSafetyAck = (version: number, at: number) => STORED.safetyAck.set({ version, at });
