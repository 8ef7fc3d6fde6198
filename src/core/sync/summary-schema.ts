import { z } from 'zod/mini';
import { MAX_DAY_COUNT, MAX_TOTAL, READ_DAYS } from './limits';

// What one device tells the others through storage.sync (sync/pack.ts makes it, sync/merge.ts
// reads it): per day, how many routines of each kind it counted, and nothing else (no screen
// time, no times of day). Packed for storage.sync's limits (8 KB an item): one array of counts per
// kind, newest day first, so a day costs a digit and a comma. docs/architecture.md, Every device
// counts.

/** A day key, 2026-12-04 (its checks as a date are the readers'). */
const dayKeyString = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A kind of routine (full, quick…), as a newer Nape may name one this version does not know. */
const kind = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]{0,23}$/));

export const DeviceSummarySchema = z.object({
  v: z.literal(1),
  /** The device's newest day (its today when it wrote): the arrays start here; "last seen". */
  to: dayKeyString,
  /** Per kind, routines on `to`, the day before, … (trailing zeros dropped; no entry: none). */
  r: z.record(
    kind,
    z.array(z.int().check(z.minimum(0), z.maximum(MAX_DAY_COUNT))).check(z.maxLength(READ_DAYS)),
  ),
  /** Per kind, routines on the days before the arrays' window, folded together. */
  t: z._default(z.record(kind, z.int().check(z.minimum(0), z.maximum(MAX_TOTAL))), {}),
});
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;

/**
 * This device's record (storage.local): its id, made once at random by platform/device.ts, and
 * what the summary writer (platform/sync-summaries.ts) needs to decide at a wake, with no other
 * read, whether its summary must be written (sync/write.ts). The facts are optional: a record
 * stored as `{ id }` by an older Nape reads as "never written", and writes once.
 */
export const DeviceRecordSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]{8,32}$/)),
  /** The day of the summary last written (its `to`): until the day changes, nothing is due. */
  summaryDay: z.optional(dayKeyString),
  /** A write is owed from this time on: a change not yet written, or a failed write's retry. */
  writeAt: z.optional(z.number()),
  /** The last write failed, and was logged: the next failures are not, until one succeeds. */
  failing: z.optional(z.literal(true)),
});
export type DeviceRecord = z.infer<typeof DeviceRecordSchema>;
