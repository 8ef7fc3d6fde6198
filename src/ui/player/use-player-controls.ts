import { useEffect, useRef } from 'preact/hooks';
import type { RoutinePlan } from '@/src/content/variants';
import { next, pause, previous, type RoutineSession, reopen, resume, tick } from '@/src/core/routine';
import { type EndedRoutine, type EndReason, endRoutine } from '@/src/ui/routine-actions';
import type { SessionStore } from '@/src/ui/stores/session-store';
import type { Stores } from '@/src/ui/stores/stores';

export interface PlayerControls {
  pause(): void;
  resume(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  finish(reason: EndReason): void;
}

/**
 * Every change goes through reopen() first: if this page has not ticked for a while (it was closed,
 * or hidden and throttled), the session is paused where the page last saw it before anything else
 * applies, so time while nobody looked never counts as practice.
 */
const apply = (
  store: SessionStore,
  change: (s: RoutineSession, now: number) => RoutineSession,
  now = Date.now(),
) => {
  store.update((s) => (s ? change(reopen(s, now), now) : s));
};

/**
 * The player's buttons and its heartbeat. While the player is on screen it records a tick every
 * time it redraws (about once a second), stamped with the time that frame showed: a stale tick is
 * how the next page to open the session knows this one was closed, and reopening pauses at the
 * last frame the user saw.
 */
export function usePlayerControls(
  stores: Stores,
  plan: RoutinePlan,
  heartbeat: number,
  renderedAt: number,
  shownPaused: boolean,
  onEnded: (ended: EndedRoutine) => void,
): PlayerControls {
  const ended = useRef(false);
  const store = stores.session;

  // Once per heartbeat, on purpose: the heartbeat is what the effect is keyed on.
  useEffect(() => {
    if (!ended.current) apply(store, tick, renderedAt);
  }, [store, heartbeat]);

  const controls: PlayerControls = {
    pause: () => apply(store, pause),
    resume: () => apply(store, resume),
    // What the button said when pressed, not what storage holds now: if the page's ticks stalled
    // (a busy machine), reopen() pauses the session at its last tick, and a toggle decided after
    // that would resume it, so a press of Pause would keep the routine running.
    toggle: () => apply(store, shownPaused ? resume : pause),
    next: () => apply(store, (s, t) => next(s, plan, t)),
    previous: () => apply(store, (s, t) => previous(s, plan, t)),
    finish(reason) {
      const s = store.get();
      if (!s || ended.current) return;
      ended.current = true;
      const t = Date.now();
      onEnded(endRoutine(stores, reopen(s, t), reason, t));
    },
  };
  return controls;
}
