import { isDayKey } from '@/src/core/calendar';
import type { CourseSchema } from '@/src/core/course/course-schema';
import type { PlayerMuteSchema, VoiceAsked, VoiceAskedSchema } from '@/src/core/prefs-schema';
import type { RoutineSessionSchema } from '@/src/core/routine/session-schema';
import type { SafetyAckSchema } from '@/src/core/safety-ack-schema';
import type { BadgeSchema } from '@/src/core/schedule/badge-schema';
import type { EngineStateSchema } from '@/src/core/schedule/state-schema';
import type { ValidSettings } from '@/src/core/settings/parse';
import { readSettings } from '@/src/core/settings/read';
import type { Settings } from '@/src/core/settings/schema';
import { emptyStats, type Stats } from '@/src/core/stats/day-stats';
import type { DeviceRecordSchema } from '@/src/core/sync/summary-schema';
import { checker } from '@/src/core/validate/check';
import badgeJson from '@/src/core/validate/generated/badge.json';
import courseJson from '@/src/core/validate/generated/course.json';
import deviceRecordJson from '@/src/core/validate/generated/device-record.json';
import engineStateJson from '@/src/core/validate/generated/engine-state.json';
import playerMuteJson from '@/src/core/validate/generated/player-mute.json';
import routineSessionJson from '@/src/core/validate/generated/routine-session.json';
import safetyAckJson from '@/src/core/validate/generated/safety-ack.json';
import voiceAskedJson from '@/src/core/validate/generated/voice-asked.json';
import { checkDayStats } from '@/src/core/validate/stored';
import { type StorageArea, storedValue } from './storage';

// Every value Nape keeps in browser storage, in one list (docs/architecture.md, Who owns which
// fact): its area and key, the type it is written as, and how it reads back. Every read is checked:
// against the JSON Schema generated from the value's zod schema (`npm run schemas` writes
// generated/<name>.json for the schema named <Name>Schema), with what it falls back to when nothing
// valid is stored, or by a lenient reader that keeps every valid part. The worker reads and writes
// through these; the pages' stores and hooks (ui/stores/stores.ts, ui/hooks/use-data.ts) are made
// from the list.

/** A value checked whole: nothing stored, or anything invalid, reads as `fallback`. */
const checkedValue = <T, F extends T | null>(
  area: StorageArea,
  key: string,
  check: (raw: unknown) => T | null,
  fallback: F,
) => storedValue<T, T | F>({ area, key, read: (raw) => check(raw) ?? structuredClone(fallback) });

export const STORED = {
  /**
   * User settings, synced between the user's browsers. Read leniently, field by field
   * (core/settings/read.ts), so a value from a newer Nape (a downgrade) still reads. Only validated
   * settings are written (the type says so), all through one writer: platform/settings-writer.ts.
   */
  settings: storedValue<ValidSettings, Settings>({ area: 'sync', key: 'settings', read: settingsFrom }),

  /** The engine's state (core/schedule/state.ts); the worker starts afresh from anything invalid. */
  engine: checkedValue('local', 'engine', checker<typeof EngineStateSchema>(engineStateJson), null),

  /** Per-day history (core/stats/day-stats.ts), read day by day. Written only by the background engine. */
  stats: storedValue<Stats, Stats>({ area: 'local', key: 'stats', read: statsFrom }),

  /**
   * The routine in progress, as the player pages save it (core/routine/session.ts): survives a
   * closed popup, not a browser restart. Written only by the pages (ui/stores/session-store.ts).
   */
  session: checkedValue('session', 'routine', checker<typeof RoutineSessionSchema>(routineSessionJson), null),

  /**
   * The toolbar badge as the worker last set it (platform/badge.ts). In session storage on purpose:
   * the browser forgets a badge exactly when it forgets session storage (a browser restart, an
   * update or reload of Nape, Nape disabled), so a remembered badge is one still on screen.
   */
  badge: checkedValue('session', 'badge', checker<typeof BadgeSchema>(badgeJson), null),

  /** Which version of the contraindications the user acknowledged. */
  safetyAck: checkedValue('local', 'safetyAck', checker<typeof SafetyAckSchema>(safetyAckJson), null),

  /**
   * Whether the first routine's voice question is settled: answered, or voice chosen in the player
   * or the options (the answer itself is settings.routine.voice). Written as `{ at }`; anything
   * else reads as "not yet". Storage that cannot be read must not hold the routine up behind a
   * question: settled. Synced like the settings, so the user is asked once, not once per browser.
   * Written only by voice-choice.ts.
   */
  voiceAsked: storedValue<VoiceAsked, boolean>({
    area: 'sync',
    key: 'voiceAsked',
    read: (raw) => checker<typeof VoiceAskedSchema>(voiceAskedJson)(raw) !== null,
    unreadable: true,
  }),

  /**
   * This browser profile's device id, made once at random: its routines are summarised in
   * storage.sync under `dev.<id>` (core/sync/), with when that summary is next due. Made and written
   * only in the worker, by platform/sync-summaries.ts (or saved with the history, engine-store.ts's
   * saveEngineRecord, as that module built it); anything invalid reads as none, and a new one is made.
   */
  device: checkedValue('local', 'device', checker<typeof DeviceRecordSchema>(deviceRecordJson), null),

  /**
   * The 30-day course (core/course/): when it began and whether its end was celebrated; its
   * progress is counted from the days' routines. Synced, so every device shows one course (a few
   * dozen bytes of the 8 KB an item may hold). Written only by platform/course-writer.ts (pages).
   */
  course: checkedValue('sync', 'course', checker<typeof CourseSchema>(courseJson), null),

  /** The player's "mute the chime for now" switch, for the browser session; unmuted unless stored so. */
  playerMute: checkedValue('session', 'playerMute', checker<typeof PlayerMuteSchema>(playerMuteJson), {
    chime: false,
  }),
};

/** Stored settings with every invalid field replaced by its default (reported when `report`). */
function settingsFrom(raw: unknown, report: boolean): Settings {
  const { settings, dropped } = readSettings(raw);
  if (report && dropped.length)
    console.warn(`[nape] settings: ignored invalid stored values for ${dropped.join(', ')}`);
  return settings;
}

/** History with every valid day kept; an invalid day or a garbage value is dropped (reported when `report`). */
function statsFrom(raw: unknown, report: boolean): Stats {
  const out = emptyStats();
  const days = (raw as { days?: unknown } | null)?.days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) {
    if (report && raw != null) console.warn('[nape] stats: stored value was invalid, starting empty');
    return out;
  }
  let dropped = 0;
  for (const [key, value] of Object.entries(days)) {
    const day = checkDayStats(value);
    if (isDayKey(key) && day) out.days[key] = day;
    else dropped++;
  }
  if (report && dropped) console.warn(`[nape] stats: dropped ${dropped} invalid day(s)`);
  return out;
}
