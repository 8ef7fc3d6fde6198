import { z } from 'zod/mini';

// What one device tells the others through storage.sync (sync/pack.ts makes it, sync/merge.ts
// reads it): per day, how many routines of each kind it counted, and nothing else (no screen
// time, no times of day). Packed for storage.sync's limits (8 KB an item): one array of counts per
// kind, newest day first, so a day costs a digit and a comma. docs/architecture.md, Every device
// counts.

/** Days kept day by day: the course's month and its missed days, the History tab's 30, with room. */
export const SYNC_DAYS = 120;
/** A device whose newest day is older than this is dropped (ignored, then removed by any device). */
export const STALE_DAYS = 90;
/** A day's count of one kind is stored up to this; more in a day is no habit to track. */
export const MAX_DAY_COUNT = 999;
/** A folded total is stored up to this (a count of 999 a day for 270 years). */
export const MAX_TOTAL = 99_999_999;
/** What a newer Nape may keep day by day and this one still reads (its local history's length). */
const READ_DAYS = 400;

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

/** A device's summary is stored in storage.sync under this prefix and its id. */
export const DEVICE_KEY_PREFIX = 'dev.';
export const deviceKey = (id: string) => `${DEVICE_KEY_PREFIX}${id}`;
