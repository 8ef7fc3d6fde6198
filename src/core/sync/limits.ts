// The numbers of a device's summary in storage.sync (summary-schema.ts), apart from its zod
// schema so the worker and the popup, which check stored data without zod, need not load it.

/** Days kept day by day: the course's month and its missed days, the History tab's 30, with room. */
export const SYNC_DAYS = 120;
/** A device whose newest day is older than this is dropped (ignored, then removed by any device). */
export const STALE_DAYS = 90;
/** A day's count of one kind is stored up to this; more in a day is no habit to track. */
export const MAX_DAY_COUNT = 999;
/** A folded total is stored up to this (a count of 999 a day for 270 years). */
export const MAX_TOTAL = 99_999_999;
/** What a newer Nape may keep day by day and this one still reads (its local history's length). */
export const READ_DAYS = 400;

/** A device's summary is stored in storage.sync under this prefix and its id. */
export const DEVICE_KEY_PREFIX = 'dev.';
export const deviceKey = (id: string) => `${DEVICE_KEY_PREFIX}${id}`;
