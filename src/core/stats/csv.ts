import type { DayKey } from '@/src/core/time';
import { COUNTER_NAMES, COUNTERS } from './counters';
import { emptyDay, type Stats } from './day-stats';
import { dayRange } from './history';

// History as CSV for spreadsheets (RFC 4180: CRLF line ends, a header row, fields that hold a
// comma, a double quote or a line break are quoted and their quotes doubled).

export type CsvValue = string | number;

export function csvField(value: CsvValue): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The day, each counter's own column (counters.ts), then the day's comfort ratings. */
export const HISTORY_CSV_HEADER: readonly string[] = [
  'date',
  ...COUNTER_NAMES.map((name) => COUNTERS[name].csv),
  'comfort_ratings',
];

/** Times in minutes with one decimal: whole minutes would hide short days, milliseconds are noise. */
const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * One row per calendar day from the oldest stored day to `today`, days with nothing stored as
 * zeros, so the rows form a continuous series. The day's comfort ratings (1–5) are listed
 * space-separated in one field. No history: the header alone.
 */
export function historyCsv(stats: Stats, today: DayKey): string {
  const keys = Object.keys(stats.days).sort();
  const first = keys[0];
  const last = [keys[keys.length - 1] ?? today, today].sort()[1] as DayKey;
  const days = first ? dayRange(first, last) : [];
  const rows = days.map((day) => {
    const d = stats.days[day] ?? emptyDay();
    return [
      day,
      ...COUNTER_NAMES.map((name) => (COUNTERS[name].ms ? minutes(d[name]) : d[name])),
      d.comfort.join(' '),
    ];
  });
  return toCsv([HISTORY_CSV_HEADER, ...rows]);
}
