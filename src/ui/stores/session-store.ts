import type { RoutineSession } from '@/src/core/routine';
import { clearSession, loadSession, saveSession, watchSession } from '@/src/platform/routine-store';
import { createStore, type Store } from './store';

// The routine session is the one value the page itself writes, about once a second (the tick)
// and on every button. Each update applies to the value in memory at once, so a tick and a Pause
// pressed in the same second compose instead of overwriting each other, and writes go out in
// order. Storage echoes each write back; an echo of an older write of ours would briefly undo a
// newer one (a Pause flickering back to playing, and the next tick saving that), so echoes of
// anything but the latest write are ignored.

/** `null` means no routine is running. */
export type SessionValue = RoutineSession | null;

export interface SessionStore extends Store<SessionValue> {
  /** Applies `change` to the current session and saves the result (null deletes it). */
  update(change: (s: SessionValue) => SessionValue): SessionValue;
}

const RECENT_WRITES = 8;

export function createSessionStore(): SessionStore {
  const recent: string[] = [];
  let writes: Promise<unknown> = Promise.resolve();
  const base = createStore<SessionValue>(loadSession, (callback) =>
    watchSession((next) => {
      const key = JSON.stringify(next);
      const latest = recent[recent.length - 1];
      if (key === latest) return; // the echo of our latest write: nothing new
      if (recent.includes(key)) return; // an echo of an older write of ours: stale
      callback(next);
    }),
  );
  return {
    ...base,
    update(change) {
      const current = base.get() ?? null;
      const next = change(current);
      if (next === current) return current;
      recent.push(JSON.stringify(next));
      if (recent.length > RECENT_WRITES) recent.shift();
      base.set(next);
      writes = writes
        .then(() => (next ? saveSession(next) : clearSession()))
        .catch((error) => console.error('[nape] could not save the routine session', error));
      return next;
    },
  };
}
