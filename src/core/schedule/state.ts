import { HOUR, MINUTE } from '@/src/core/calendar';
import type { PausePreset } from './pause';
import type { EngineState } from './state-schema';

// The engine's whole memory, persisted in storage.local after every event. Deadlines are
// absolute epoch ms; nothing here is a running timer, so a worker killed between any two lines
// resumes from this object and `now`. The shape is defined (with zod) in state-schema.ts.

export type {
  ActivityState,
  EngineState,
  LastRoutine,
  Mode,
  Neck,
  OfferedRoutine,
  Prompt,
} from './state-schema';

export function initialState(now: number, detectionSec: number, timeZone: string): EngineState {
  return {
    v: 2,
    activity: {
      state: 'active',
      since: now,
      lastSeenAt: now,
      detectionSec,
      zones: [{ name: timeZone, since: now }],
    },
    neck: { status: 'counting', activeMs: 0 },
    posture: { activeMs: 0, nextCue: 0, shownAt: null, lastAt: null },
    quietUntil: null,
    mode: { kind: 'normal' },
    countedSince: null,
    lastRoutine: null,
    inHours: true,
  };
}

/**
 * A state stored by the previous version (v1) brought to this one, so an update does not throw
 * away the minutes already counted. Anything else is returned as it is, for the caller to check.
 */
export function migrateEngineState(raw: unknown, timeZone: string): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return raw;
  const old = raw as {
    activity?: { lastSeenAt?: unknown };
    posture?: { shownAt?: unknown };
    mode?: { kind?: unknown; since?: unknown; until?: unknown };
  };
  return {
    ...old,
    mode:
      old.mode?.kind === 'paused'
        ? { ...old.mode, preset: presetOf(old.mode.since, old.mode.until) }
        : old.mode,
    v: 2,
    activity: {
      ...old.activity,
      zones: [{ name: timeZone, since: old.activity?.lastSeenAt }],
    },
    posture: { ...old.posture, lastAt: old.posture?.shownAt ?? null },
    quietUntil: null,
    countedSince: null,
    lastRoutine: null,
  };
}

/** The menu choice a v1 pause (which did not keep it) most likely was, from its length. */
function presetOf(since: unknown, until: unknown): PausePreset {
  if (until === null || typeof until !== 'number' || typeof since !== 'number') return 'indefinite';
  const length = until - since;
  return length <= 30 * MINUTE ? '30m' : length <= HOUR ? '1h' : length <= 2 * HOUR ? '2h' : 'tomorrow';
}
