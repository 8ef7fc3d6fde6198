import type { CommandSchema } from '@/src/core/schedule/command-schema';
import type { DayStatsSchema } from '@/src/core/stats/stats-schema';
import { checker, type JsonSchema } from './check';
import commandJson from './generated/command.json';
import dayStatsJson from './generated/day-stats.json';
import settingsJson from './generated/settings.json';

// Checkers the core itself uses, without zod's runtime: for a message, for one day of the history
// (read day by day), and the settings' JSON Schema (read field by field, core/settings/read.ts).
// Each stored value's own checker is declared with it, in src/platform/storage-items.ts. Marked
// pure, so a bundle keeps only the checkers it uses.

export const checkCommand = /* @__PURE__ */ checker<typeof CommandSchema>(commandJson);
export const checkDayStats = /* @__PURE__ */ checker<typeof DayStatsSchema>(dayStatsJson);

/** The settings' schema itself: settings are read field by field (core/settings/read.ts). */
export const SETTINGS_JSON_SCHEMA = settingsJson as JsonSchema;
