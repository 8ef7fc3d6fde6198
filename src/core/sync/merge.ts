import type { CounterName } from '@/src/core/stats/counters';
import type { Stats } from '@/src/core/stats/day-stats';
import { type DayKey, isDayKey } from '@/src/core/time';
import { checker } from '@/src/core/validate/check';
import deviceSummaryJson from '@/src/core/validate/generated/device-summary.json';
import { addRoutines, type OtherRoutines } from './add';
import { counterOfKind } from './kinds';
import { DEVICE_KEY_PREFIX } from './limits';
import { summaryDays, summaryOn, summaryTotal } from './pack';
import type { DeviceSummary, DeviceSummarySchema } from './summary-schema';
import { isStale } from './write';

// Every device's summary, put together: which stored summaries are sound, one summary per device
// however often it is seen, and what the other devices add to this one's history.

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

/** A value as one string, its keys in order: two equal summaries give the same text. */
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

/**
 * What the other devices add to this one as of `today`: every summary but this device's own (its
 * history here is the full, newer record) and those not seen for STALE_DAYS, day by day, each
 * kind on its counter (a kind this Nape does not know on the first kind's: it still counts).
 */
export function otherRoutines(devices: DeviceSummaries, ownId: string | null, today: DayKey): OtherRoutines {
  const out: OtherRoutines = { days: {}, total: 0, any: false };
  for (const [id, s] of Object.entries(devices)) {
    if (id === ownId || isStale(s.to, today)) continue;
    out.any = true;
    out.total += summaryTotal(s);
    for (const [day, kinds] of Object.entries(summaryDays(s))) {
      const d: Partial<Record<CounterName, number>> = out.days[day] ?? {};
      out.days[day] = d;
      for (const [kind, n] of Object.entries(kinds)) {
        const counter = counterOfKind(kind);
        d[counter] = (d[counter] ?? 0) + n;
      }
    }
  }
  return out;
}

/**
 * The routines the other devices counted on `day`: what otherRoutines gives for that day, in all,
 * read straight from the arrays (the worker's evening reminder asks, with no more code than this).
 */
export function otherRoutinesOnDay(devices: DeviceSummaries, ownId: string | null, day: DayKey): number {
  let n = 0;
  for (const [id, s] of Object.entries(devices)) {
    if (id !== ownId && !isStale(s.to, day)) n += summaryOn(s, day);
  }
  return n;
}

/** This device's history with every other device's routines added (addRoutines). */
export const withDevices = (
  stats: Stats,
  devices: DeviceSummaries,
  ownId: string | null,
  today: DayKey,
): Stats => addRoutines(stats, otherRoutines(devices, ownId, today));
