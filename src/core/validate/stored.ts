import type { z } from 'zod/mini';
import type { PlayerMuteSchema, VoiceAskedSchema } from '../prefs-schema';
import type { RoutineSessionSchema } from '../routine/session-schema';
import type { SafetyAckSchema } from '../safety-ack-schema';
import type { CommandSchema } from '../schedule/command-schema';
import type { EngineStateSchema } from '../schedule/state-schema';
import type { DayStatsSchema } from '../stats/stats-schema';
import { checked, type JsonSchema } from './check';
import commandJson from './generated/command.json';
import dayStatsJson from './generated/day-stats.json';
import engineStateJson from './generated/engine-state.json';
import playerMuteJson from './generated/player-mute.json';
import sessionJson from './generated/routine-session.json';
import safetyAckJson from './generated/safety-ack.json';
import settingsJson from './generated/settings.json';
import voiceAskedJson from './generated/voice-asked.json';

// Checkers for what the worker and the pages read from storage and messages, without zod's
// runtime: each pairs the JSON Schema generated from a zod schema (kept in step by
// tests/unit/core/validate/generated.test.ts) with the type inferred from that same zod schema.
// The one place a generated file is given its type. Marked pure, so a bundle keeps only the
// checkers it uses.

const asSchema = (json: unknown) => json as JsonSchema;

function checker<S extends z.ZodMiniType>(json: unknown): (value: unknown) => z.infer<S> | null {
  const schema = asSchema(json);
  return (value) => checked<z.infer<S>>(schema, value);
}

export const checkEngineState = /* @__PURE__ */ checker<typeof EngineStateSchema>(engineStateJson);
export const checkDayStats = /* @__PURE__ */ checker<typeof DayStatsSchema>(dayStatsJson);
export const checkRoutineSession = /* @__PURE__ */ checker<typeof RoutineSessionSchema>(sessionJson);
export const checkSafetyAck = /* @__PURE__ */ checker<typeof SafetyAckSchema>(safetyAckJson);
export const checkCommand = /* @__PURE__ */ checker<typeof CommandSchema>(commandJson);
export const checkVoiceAsked = /* @__PURE__ */ checker<typeof VoiceAskedSchema>(voiceAskedJson);
export const checkPlayerMute = /* @__PURE__ */ checker<typeof PlayerMuteSchema>(playerMuteJson);

/** The settings' schema itself: settings are read field by field (core/settings/read.ts). */
export const SETTINGS_JSON_SCHEMA = /* @__PURE__ */ asSchema(settingsJson);
