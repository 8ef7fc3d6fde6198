// The counters a day of history keeps, declared once: the stored record and its schema
// (stats-schema.ts), the History tab's window (history.ts) and the CSV export (csv.ts) are made
// from this list, in its order (the CSV's column order).

interface Counter {
  /**
   * Its column in the CSV export: a fixed English identifier, not UI text, so a file exported in
   * Russian and one exported in English open the same way in the same spreadsheet.
   */
  readonly csv: string;
  /** A time in milliseconds (fractions allowed; the CSV has it in minutes), not a whole count. */
  readonly ms?: true;
}

const DECLARED = {
  /** Active screen time. */
  activeMs: { csv: 'active_minutes', ms: true },
  /** Routines that counted as the break taken (at least half done), by kind (ROUTINE_COUNTERS, routine-counters.ts). */
  routinesFull: { csv: 'routines_full' },
  routinesQuick: { csv: 'routines_quick' },
  /** Neck prompts shown. */
  prompts: { csv: 'prompts' },
  snoozes: { csv: 'snoozes' },
  skips: { csv: 'skips' },
  /** Absences long enough to be a break. */
  naturalBreaks: { csv: 'natural_breaks' },
  postureChecks: { csv: 'posture_checks' },
  // The kinds of routine added after the first two: after the older columns, so a spreadsheet
  // that reads an older export's columns by position reads a newer one the same way.
  routinesEvening: { csv: 'routines_evening' },
  routinesLonger: { csv: 'routines_longer' },
  routinesMine: { csv: 'routines_mine' },
} as const satisfies Record<string, Counter>;

export type CounterName = keyof typeof DECLARED;

export const COUNTERS: Readonly<Record<CounterName, Counter>> = DECLARED;

export const COUNTER_NAMES = Object.keys(COUNTERS) as CounterName[];
