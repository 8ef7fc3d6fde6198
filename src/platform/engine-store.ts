import { type EngineState, initialState } from '../core/schedule/state';
import { checked, type JsonSchema } from '../core/validate/check';
import engineStateSchema from '../core/validate/generated/engine-state.json';
import { engineStateItem } from './storage-items';

/** A safe read for pages: null when nothing valid is stored yet. */
export function parseEngineState(raw: unknown): EngineState | null {
  return checked<EngineState>(engineStateSchema as unknown as JsonSchema, raw);
}

/** The engine's state; anything stored that is not a valid state gives a fresh one (logged). */
export async function loadEngineState(now: number, detectionSec: number): Promise<EngineState> {
  const raw = await engineStateItem.getValue();
  const state = parseEngineState(raw);
  if (state) return state;
  if (raw != null) console.warn('[nape] engine state: stored value was invalid, starting fresh');
  return initialState(now, detectionSec);
}

export const saveEngineState = (state: EngineState) => engineStateItem.setValue(state);

export function watchEngineState(callback: (state: EngineState | null) => void): () => void {
  return engineStateItem.watch((raw) => callback(parseEngineState(raw)));
}
