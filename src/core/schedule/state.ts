import type { EngineState } from './state-schema';

// The engine's whole memory, persisted in storage.local after every event. Deadlines are
// absolute epoch ms; nothing here is a running timer, so a worker killed between any two lines
// resumes from this object and `now`. The shape is defined (with zod) in state-schema.ts.

export type { ActivityState, EngineState, Mode, Neck, Prompt } from './state-schema';

export function initialState(now: number, detectionSec: number): EngineState {
  return {
    v: 1,
    activity: { state: 'active', since: now, lastSeenAt: now, detectionSec },
    neck: { status: 'counting', activeMs: 0 },
    posture: { activeMs: 0, nextCue: 0, shownAt: null },
    mode: { kind: 'normal' },
    inHours: true,
  };
}
