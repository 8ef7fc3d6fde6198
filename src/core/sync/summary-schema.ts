import { z } from 'zod/mini';
import { MAX_DAY_COUNT, MAX_TOTAL, READ_DAYS } from './limits';

// What one device tells the others through storage.sync (sync/pack.ts makes it, sync/merge.ts
// reads it): per day, how many routines of each kind it counted, and nothing else (no screen
// time, no times of day). Packed for storage.sync's limits (8 KB an item): one array of counts per
// kind, newest day first, so a day costs a digit and a comma. docs/architecture.md, Every device
// counts.

/** A kind of routine (full, quick…), as a newer Nape may name one this version does not know. */
const kind = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,23}$/));

export const DeviceSummarySchema = z.object({
  v: z.literal(1),
  /** The device's newest day (its today when it wrote): the arrays start here; "last seen". */
  to: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Per kind, routines on `to`, the day before, … (trailing zeros dropped; no entry: none). */
  r: z.record(
    kind,
    z.array(z.int().check(z.minimum(0), z.maximum(MAX_DAY_COUNT))).check(z.maxLength(READ_DAYS)),
  ),
  /** Per kind, routines on the days before the arrays' window, folded together. */
  t: z._default(z.record(kind, z.int().check(z.minimum(0), z.maximum(MAX_TOTAL))), {}),
});
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;

/** This device's id (storage.local): made once at random by platform/device.ts. */
export const DeviceIdSchema = z.object({ id: z.string().check(z.regex(/^[a-z0-9]{8,32}$/)) });
export type DeviceId = z.infer<typeof DeviceIdSchema>;
