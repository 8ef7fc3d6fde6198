import type { DayStats, Stats } from './day-stats';

// History as JSON: the stored days as they are (every counter, the comfort ratings), oldest
// first, in an envelope that says what the file is.

export interface HistoryFile {
  app: 'nape';
  kind: 'history';
  version: 1;
  exportedAt: string;
  days: Record<string, DayStats>;
  /** The 30-day course, when there is one (core/stats/history-import.ts reads it back). */
  course?: { start: string; celebrated: boolean; counted: number };
}

export function exportHistoryJson(stats: Stats, now: number, course?: HistoryFile['course']): string {
  const days: Record<string, DayStats> = {};
  for (const key of Object.keys(stats.days).sort()) days[key] = stats.days[key] as DayStats;
  const file: HistoryFile = {
    app: 'nape',
    kind: 'history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    days,
    ...(course && { course }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
