import type { EngineEvent, EventContext } from '../core/schedule/events';
import { type TransitionResult, transition } from '../core/schedule/transition';
import type { Settings } from '../core/settings/schema';
import { loadEngineState, saveEngineState } from '../platform/engine-store';
import { queryIdleState } from '../platform/idle';
import { currentTimeZone } from '../platform/locale';
import { loadSettings } from '../platform/settings-store';
import { isFullscreen } from '../platform/windows';
import { runEffects } from './effects';
import { createQueue } from './queue';

export interface EngineDeps {
  now(): number;
}

export type Engine = ReturnType<typeof createEngine>;

/**
 * The background pipeline. Every event, whatever woke the worker, goes through the same steps in
 * one queue: load state and settings → read the context → transition → save → apply effects.
 * The state is saved before any effect runs, so a worker killed mid-effect repeats at most that
 * effect's work on the next wake, and never loses counted time.
 */
export function createEngine(deps: EngineDeps = { now: () => Date.now() }) {
  const queue = createQueue();

  /**
   * A queued event that only brings the state up to date with the clock (start, wake, refresh),
   * not yet begun. A later wake or refresh adds nothing to it: a worker woken by its alarm gets
   * `started` and then `wake`, and one pass through storage serves both.
   */
  let catchingUp: Promise<TransitionResult> | null = null;

  /**
   * Queues an event. It may be given as a function of the settings, for events whose content
   * depends on them (the snooze length on a notification button): it is then built inside the
   * queue, from the same settings the transition sees.
   */
  const dispatch = (
    event: EngineEvent | { type: 'started' } | ((settings: Settings) => EngineEvent),
  ): Promise<TransitionResult> => {
    const type = typeof event === 'function' ? null : event.type;
    if (catchingUp && (type === 'wake' || type === 'refresh')) return catchingUp;
    const run: Promise<TransitionResult> = queue.run(async () => {
      if (catchingUp === run) catchingUp = null;
      const now = deps.now();
      const settings = await loadSettings();
      const state = await loadEngineState(now, settings.activity.idleThresholdSec);
      const ctx: EventContext = { settings, timeZone: currentTimeZone(), fullscreen: await isFullscreen() };
      const given = typeof event === 'function' ? event(settings) : event;
      const full: EngineEvent =
        given.type === 'started' && !('idle' in given)
          ? { type: 'started', idle: await queryIdleState(state.activity.detectionSec) }
          : (given as EngineEvent);
      const result = transition(state, full, ctx, now);
      if (result.error) return result;
      await saveEngineState(result.state);
      await runEffects(result.effects, ctx, now);
      return result;
    });
    if (type === 'started' || type === 'wake' || type === 'refresh') catchingUp = run;
    return run;
  };

  /** Runs other work (erasing history) in the same queue, so it never interleaves with an event. */
  const exclusive = <T>(task: () => Promise<T>) => queue.run(task);

  return { dispatch, exclusive };
}
