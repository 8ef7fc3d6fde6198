import type { RoutineSession } from '@/src/core/routine';
import { STORED } from '@/src/platform/storage-items';
import { createStore, type Store } from './store';

// The routine session is the one value the page itself writes, about once a second (the tick)
// and on every button. Each update applies to the value in memory at once, so a tick and a Pause
// pressed in the same second compose instead of overwriting each other. Writes are coalesced
// (only the newest waiting value is written next), and storage's echoes of our own writes are
// ignored: an echo of an older write would otherwise briefly undo a newer one (a Pause flickering
// back to playing, and the next tick saving that, or a stale tick read as a closed popup).

/** `null` means no routine is running. */
export type SessionValue = RoutineSession | null;

export interface SessionStore extends Store<SessionValue> {
  /** Applies `change` to the current session and saves the result (null deletes it). */
  update(change: (s: SessionValue) => SessionValue): SessionValue;
}

const RECENT_WRITES = 8;

/** The same session gives the same key whatever order its fields come back from storage in. */
const keyOf = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export function createSessionStore(): SessionStore {
  const written: string[] = [];
  let writing = false;
  let waiting: { value: SessionValue } | null = null;

  const base = createStore<SessionValue>({
    load: STORED.session.load,
    follow: (callback) =>
      STORED.session.follow((next) => {
        // While our own writes are going out, what comes back is their echo, or another window's
        // write that its next tick (a second later) will repeat; either way ours is newer.
        if (writing || written.includes(keyOf(next))) return;
        callback(next);
      }),
  });

  async function flush() {
    writing = true;
    while (waiting) {
      const { value } = waiting;
      waiting = null;
      written.push(keyOf(value));
      if (written.length > RECENT_WRITES) written.shift();
      try {
        await STORED.session.set(value); // null removes it
      } catch (error) {
        console.error('[nape] could not save the routine session', error);
      }
    }
    writing = false;
  }

  return {
    ...base,
    update(change) {
      const current = base.get() ?? null;
      const next = change(current);
      if (next === current) return current;
      base.set(next);
      waiting = { value: next };
      if (!writing) void flush();
      return next;
    },
  };
}
