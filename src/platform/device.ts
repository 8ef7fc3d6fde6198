import { STORED } from './storage-items';

// This browser profile's device id: random, made once, kept in storage.local (STORED.device). Its
// one writer is the worker (through the summary writer, platform/sync-summaries.ts); the pages
// only read it, to tell this device's summary from the others'.

/** 64 random bits in hex: two profiles never pick the same id in practice. */
const randomDeviceId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The stored device id, or a new one stored first (none yet, or what was stored is not valid). */
export async function ensureDeviceId(): Promise<string> {
  const stored = await STORED.device.load();
  if (stored) return stored.id;
  const id = randomDeviceId();
  await STORED.device.set({ id });
  return id;
}
