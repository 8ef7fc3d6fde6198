import type { DayKey } from '../time';
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

/**
 * Column names are fixed English identifiers, not UI text: a file exported in Russian and one
 * exported in English open the same way in the same spreadsheet.
 */
export const HISTORY_CSV_HEADER = [
  'date',
  'active_minutes',
  'routines_full',
  'routines_quick',
  'prompts',
  'snoozes',
  'skips',
  'natural_breaks',
  'posture_checks',
  'comfort_ratings',
] as const;

/** Minutes with one decimal: whole minutes would hide short days, milliseconds are noise. */
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
      minutes(d.activeMs),
      d.routinesFull,
      d.routinesQuick,
      d.prompts,
      d.snoozes,
      d.skips,
      d.naturalBreaks,
      d.postureChecks,
      d.comfort.join(' '),
    ];
  });
  return toCsv([HISTORY_CSV_HEADER, ...rows]);
}
