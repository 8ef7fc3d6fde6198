import type { RoutineSession } from '../core/routine';
import { checked, type JsonSchema } from '../core/validate/check';
import sessionSchema from '../core/validate/generated/routine-session.json';
import { routineSessionItem } from './storage-items';

export function parseSession(raw: unknown): RoutineSession | null {
  return checked<RoutineSession>(sessionSchema as unknown as JsonSchema, raw);
}

/** The routine in progress, or null (nothing stored, or something that is not a valid session). */
export async function loadSession(): Promise<RoutineSession | null> {
  return parseSession(await routineSessionItem.getValue());
}

export const saveSession = (session: RoutineSession) => routineSessionItem.setValue(session);
export const clearSession = () => routineSessionItem.removeValue();

export function watchSession(callback: (session: RoutineSession | null) => void): () => void {
  return routineSessionItem.watch((raw) => callback(parseSession(raw)));
}
