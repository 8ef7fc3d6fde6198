import type { RoutineSession } from '../core/routine';
import { checkRoutineSession } from '../core/validate/stored';
import { routineSessionItem } from './storage-items';

export function parseSession(raw: unknown): RoutineSession | null {
  return checkRoutineSession(raw);
}

/** The routine in progress, or null (nothing stored, or something that is not a valid session). */
export async function loadSession(): Promise<RoutineSession | null> {
  return parseSession(await routineSessionItem.get());
}

export const saveSession = (session: RoutineSession) => routineSessionItem.set(session);
export const clearSession = () => routineSessionItem.remove();

export function watchSession(callback: (session: RoutineSession | null) => void): () => void {
  return routineSessionItem.watch((raw) => callback(parseSession(raw)));
}
