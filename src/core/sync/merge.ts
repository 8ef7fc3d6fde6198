import { emptyDay, type Stats } from '@/src/core/stats/day-stats';
import { addDays, type DayKey, isDayKey, MINUTE } from '@/src/core/time';
import { checker } from '@/src/core/validate/check';
import deviceSummaryJson from '@/src/core/validate/generated/device-summary.json';
import { counterOfKind } from './kinds';
import { summaryDays, summaryTotal } from './pack';
import {
  DEVICE_KEY_PREFIX,
  type DeviceSummary,
  type DeviceSummarySchema,
  STALE_DAYS,
} from './summary-schema';

// Every device's summary, put together: which stored summaries are sound, one summary per device
// however often it is seen, and the history with the other devices' routines added to this one's.

/** The summaries of the devices, by device id. */
export type DeviceSummaries = Readonly<Record<string, DeviceSummary>>;

const checkSummary = /* @__PURE__ */ checker<typeof DeviceSummarySchema>(deviceSummaryJson);
const DEVICE_ID = /^[a-z0-9]{8,32}$/;

/** One stored summary, checked: null for anything that fails its schema (or names no real day). */
export function readSummary(raw: unknown): DeviceSummary | null {
  const s = checkSummary(raw);
  return s && isDayKey(s.to) ? s : null;
}

/**
 * The devices' summaries among storage.sync's items (key → value, as `get(null)` gives them):
 * every `dev.<id>` item that passes its schema. The others are `rejected` (by key), for the
 * caller to log; they are never merged, and nothing else is lost because of them.
 */
export function readSummaries(items: Readonly<Record<string, unknown>>): {
  devices: Record<string, DeviceSummary>;
  rejected: string[];
} {
  const devices: Record<string, DeviceSummary> = {};
  const rejected: string[] = [];
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(DEVICE_KEY_PREFIX)) continue;
    const id = key.slice(DEVICE_KEY_PREFIX.length);
    const s = DEVICE_ID.test(id) ? readSummary(raw) : null;
    if (s) devices[id] = s;
    else rejected.push(key);
  }
  return { devices, rejected };
}

/** A summary as one string, its keys in order: two equal summaries give the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Of two summaries of one device, the newer (its newest day later; on a tie, one chosen by content). */
function newer(a: DeviceSummary, b: DeviceSummary): DeviceSummary {
  if (a.to !== b.to) return a.to > b.to ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

/**
 * Two sets of summaries as one: each device once, its newer summary. Commutative and
 * idempotent, so it does not matter in what order, or how often, devices are seen.
 */
export function mergeSummaries(a: DeviceSummaries, b: DeviceSummaries): Record<string, DeviceSummary> {
  const out: Record<string, DeviceSummary> = { ...a };
  for (const [id, s] of Object.entries(b)) {
    const mine = out[id];
    out[id] = mine ? newer(mine, s) : s;
  }
  return out;
}

/** Not seen (its newest day) for more than STALE_DAYS before `today`. */
export const isStale = (s: DeviceSummary, today: DayKey) => s.to < addDays(today, -STALE_DAYS);

/** The other devices whose summaries count today: not this one, not stale. */
function others(devices: DeviceSummaries, ownId: string | null, today: DayKey): DeviceSummary[] {
  return Object.entries(devices)
    .filter(([id, s]) => id !== ownId && !isStale(s, today))
    .map(([, s]) => s);
}

/** Other devices' summaries too old to count, by id: any device may remove them from sync. */
export const staleDevices = (devices: DeviceSummaries, ownId: string | null, today: DayKey) =>
  Object.keys(devices).filter((id) => id !== ownId && isStale(devices[id] as DeviceSummary, today));

/**
 * This device's history with every other device's routines added, day by day and kind by kind
 * (this device's own summary is skipped: its history here is the full, newer record). Only the
 * routine counters change; screen time and the rest stay this device's. So a day with routines on
 * two devices is one day for the streak, the goal and the course, and its routines add up.
 */
export function withDevices(
  stats: Stats,
  devices: DeviceSummaries,
  ownId: string | null,
  today: DayKey,
): Stats {
  const days = { ...stats.days };
  for (const s of others(devices, ownId, today)) {
    for (const [day, kinds] of Object.entries(summaryDays(s))) {
      const d = { ...(days[day] ?? emptyDay()) };
      for (const [kind, n] of Object.entries(kinds)) {
        const counter = counterOfKind(kind);
        d[counter] += n;
      }
      days[day] = d;
    }
  }
  return { v: 1, days };
}

/** Whether other devices add anything (History offers "this device" / "all devices" only then). */
export const hasOtherDevices = (devices: DeviceSummaries, ownId: string | null, today: DayKey) =>
  others(devices, ownId, today).length > 0;

/** Routines the other devices have counted in all (their days and their folded totals). */
export const otherDevicesTotal = (devices: DeviceSummaries, ownId: string | null, today: DayKey) =>
  others(devices, ownId, today).reduce((n, s) => n + summaryTotal(s), 0);

/**
 * An urgent change (a routine counted, the history erased) is written at once; any other (a new
 * day begun) at most once every few minutes. storage.sync allows 120 writes a minute and syncs each to every
 * device: a summary changes only when a routine counts or a day begins, so this is a bound, not
 * a queue.
 */
export const MIN_WRITE_GAP_MS = 5 * MINUTE;

export function shouldWrite(o: {
  packed: DeviceSummary;
  stored: DeviceSummary | null;
  urgent: boolean;
  lastWriteAt: number | null;
  now: number;
}): boolean {
  if (o.stored && canonical(o.packed) === canonical(o.stored)) return false;
  if (o.urgent || o.lastWriteAt === null) return true;
  // A clock set back is no reason to hold a write.
  return o.now - o.lastWriteAt >= MIN_WRITE_GAP_MS || o.now < o.lastWriteAt;
}
