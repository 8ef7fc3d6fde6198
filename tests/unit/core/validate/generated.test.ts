import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { PlayerMuteSchema, VoiceAskedSchema } from '@/src/core/prefs-schema';
import { RoutineSessionSchema } from '@/src/core/routine/session-schema';
import { SafetyAckSchema } from '@/src/core/safety-ack-schema';
import { CommandSchema } from '@/src/core/schedule/command-schema';
import { EngineStateSchema } from '@/src/core/schedule/state-schema';
import { SettingsSchema } from '@/src/core/settings/schema';
import { DayStatsSchema } from '@/src/core/stats/stats-schema';

// The JSON Schemas in src/core/validate/generated/ are generated from the zod schemas, which stay
// the one place a shape is written. This test fails when they drift: run `npm run schemas`.

const GENERATED = {
  settings: SettingsSchema,
  'engine-state': EngineStateSchema,
  'day-stats': DayStatsSchema,
  'routine-session': RoutineSessionSchema,
  'safety-ack': SafetyAckSchema,
  command: CommandSchema,
  'voice-asked': VoiceAskedSchema,
  'player-mute': PlayerMuteSchema,
} as const;

describe('generated JSON Schemas', () => {
  it.each(Object.entries(GENERATED))('%s.json matches its zod schema', async (name, schema) => {
    // io: 'input' describes what may be stored (fields with defaults may be missing).
    const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    await expect(`${JSON.stringify(json, null, 2)}\n`).toMatchFileSnapshot(
      `../../../../src/core/validate/generated/${name}.json`,
    );
  });
});
