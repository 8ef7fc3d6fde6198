// This browser profile's device id: random, made once, kept in storage.local (STORED.device) with
// what the summary writer needs to decide at a wake. Its one writer is the worker (through the
// summary writer, platform/sync-summaries.ts); the pages only read it, to tell this device's
// summary from the others'.

/** 64 random bits in hex: two profiles never pick the same id in practice. */
export const newDeviceId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
