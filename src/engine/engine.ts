import { timedPlan } from '@/src/content/routines';
import type { RoutineSession } from '@/src/core/routine';
import { belongsTo } from '@/src/core/routine/lifecycle';
import type { EngineEvent, EventContext } from '@/src/core/schedule/events';
import { reminderNeedsGoal } from '@/src/core/schedule/reminder';
import type { EngineState } from '@/src/core/schedule/state';
import {
  fullscreenMatters,
  needsIdleState,
  type TransitionResult,
  transition,
} from '@/src/core/schedule/transition';
import type { Settings } from '@/src/core/settings/schema';
import { applyAllStats, emptyStats, routinesOn, type Stats } from '@/src/core/stats/day-stats';
import { mergeHistory } from '@/src/core/stats/history-import';
import { countsRoutine } from '@/src/core/sync/kinds';
import { dayKey } from '@/src/core/time';
import { engineInputsFrom, readEngineInputs, saveEngineRecord } from '@/src/platform/engine-store';
import { measureIdleMs, queryIdleState } from '@/src/platform/idle';
import { currentTimeZone } from '@/src/platform/locale';
import { otherRoutinesOn } from '@/src/platform/sync-devices';
import { owedWrite, updateSummary } from '@/src/platform/sync-summaries';
import { isFullscreen } from '@/src/platform/windows';
import { runEffects } from './effects';
import { createQueue } from './queue';

export interface EngineDeps {
  now(): number;
}

export type Engine = ReturnType<typeof createEngine>;

/** An event as a listener hands it over: `started` without the idle state, which is read in the queue. */
type Given = EngineEvent | { type: 'started' };
/** What an event built inside the queue is built from: what the transition will see. */
export interface Stored {
  settings: Settings;
  state: EngineState;
}
type Incoming = Given | ((stored: Stored) => EngineEvent);

/**
 * The background pipeline. Every event, whatever woke the worker, goes through the same steps in
 * one queue: load settings, state, history, the player's session and the badge on screen (one
 * round of reads, engine-store.ts) → read the context → transition (asking about fullscreen
 * windows only when a prompt is due) → save state and history together (one write) → apply the
 * other effects. A worker killed before the save repeats the event on its next wake; one killed
 * after it loses nothing but effects still to run (a badge, a notification), which the next event
 * redoes or supersedes. A wake alarm that a saved pass has already covered makes no pass (`alarm`).
 */
export function createEngine(deps: EngineDeps = { now: () => Date.now() }) {
  const queue = createQueue();

  /**
   * A queued event that only brings the state up to date with the clock (start, wake, refresh)
   * and has not read the clock yet: its pass reads storage first and takes `now` after, so a wake
   * or refresh that arrives meanwhile (a popup opened as the worker starts) adds nothing to it.
   * The wake alarm has its own rule (`alarm` below).
   */
  let catchingUp: Promise<TransitionResult> | null = null;

  /** The `now` of the latest pass that saved: storage holds the state as of then. */
  let savedUpTo = Number.NEGATIVE_INFINITY;

  /**
   * One pass of the pipeline for `event`, run inside the queue. `onRead` is called once storage
   * has been read, just before the pass takes `now`.
   */
  const pass = async (event: Incoming, onRead: () => void): Promise<TransitionResult> => {
    const timeZone = currentTimeZone();
    const stored = await readEngineInputs();
    onRead();
    const now = deps.now();
    const { settings, state, stats, session, badgeShown, device } = engineInputsFrom(stored, now, timeZone);
    const today = dayKey(now, timeZone);
    // One daily goal on every device: the others' routines count once the reminder may ask, read
    // while the event is completed rather than before it.
    const others = reminderNeedsGoal(state, settings, now)
      ? otherRoutinesOn(today, device?.id ?? null)
      : Promise.resolve(0);
    // Marked handled: should completing the event fail first, its failure is the one reported.
    others.catch(() => undefined);
    const full = await complete(typeof event === 'function' ? event({ settings, state }) : event, state, now);
    const ctx: EventContext = {
      settings,
      timeZone,
      fullscreen: false,
      routine: routineContext(state, session, settings),
      routinesToday: routinesOn(stats.days[today]) + (await others),
    };
    let result = transition(state, full, ctx, now);
    // Only a prompt can be held back by a fullscreen window: ask the browser then, not every wake.
    if (fullscreenMatters(result) && (await isFullscreen())) {
      ctx.fullscreen = true;
      result = transition(state, full, ctx, now);
    }
    if (result.error) return result;
    const deltas = result.effects.flatMap((e) => (e.type === 'stats' ? [e] : []));
    const saved = applyAllStats(stats, deltas);
    // A routine counted: this device's summary is owed a write, marked in the same save.
    const owed = deltas.some((d) => countsRoutine(d.delta)) ? owedWrite(device, now) : undefined;
    await saveEngineRecord(result.state, saved, owed);
    // The latest save, not the latest time ever saved: after the clock is set back, a larger
    // figure would swallow every wake until the clock caught up with it.
    savedUpTo = now;
    await runEffects(
      result.effects.filter((e) => e.type !== 'stats'),
      { badge: badgeShown },
    );
    // Last, off the path of everything the user sees. Most passes end here with no call at all:
    // no routine, the day already written (sync-summaries.ts decides from the record just read).
    await updateSummary(owed ?? device, saved, dayKey(now, timeZone), now);
    return result;
  };

  /**
   * Queues an event. It may be given as a function of the stored settings and state, for events
   * whose content depends on them (the snooze length a prompt offered, the routine a notification
   * starts): it is then built inside the queue, from what the transition sees.
   */
  const dispatch = (event: Incoming): Promise<TransitionResult> => {
    const type = typeof event === 'function' ? null : event.type;
    if (catchingUp && (type === 'wake' || type === 'refresh')) return catchingUp;
    const run: Promise<TransitionResult> = queue.run(() =>
      pass(event, () => {
        // From here on the event is seen as of `now`; a catch-up arriving later needs a pass of its own.
        if (catchingUp === run) catchingUp = null;
      }),
    );
    if (type === 'started' || type === 'wake' || type === 'refresh') catchingUp = run;
    return run;
  };

  /**
   * The wake alarm fired; it was set for `scheduledTime`. When its turn in the queue comes, a pass
   * that saved the state as of that time or later has done all this wake would (brought the
   * state up to the clock and re-armed the alarm), so the wake makes no pass of its own: no read,
   * no save, no effects. That is the usual case, not a corner: the alarm starts a stopped worker,
   * whose `started` pass runs at once, and Chrome delivers the alarm after it.
   */
  const alarm = (scheduledTime: number): Promise<void> =>
    queue.run(async () => {
      if (savedUpTo < scheduledTime) await pass({ type: 'wake' }, () => undefined);
    });

  /**
   * Replaces the history with `next(stored)`, in the same queue and the same one write as every
   * event; the other devices see the change at once (this device's summary is owed a write).
   */
  const rewriteHistory = (next: (stats: Stats) => Stats) =>
    queue.run(async () => {
      const now = deps.now();
      const timeZone = currentTimeZone();
      const { state, stats, device } = engineInputsFrom(await readEngineInputs(), now, timeZone);
      const history = next(stats);
      const owed = owedWrite(device, now);
      await saveEngineRecord(state, history, owed);
      await updateSummary(owed, history, dayKey(now, timeZone), now);
    });

  /** Erases the history: the other devices forget this one's routines too (an empty summary). */
  const eraseHistory = () => rewriteHistory(emptyStats);

  /** Adds an imported history's days to the stored ones (core/stats/history-import.ts: nothing counted here is lost). */
  const importHistory = (imported: Stats) => rewriteHistory((stats) => mergeHistory(stats, imported));

  /** Resolves once every event queued so far has been handled (the queue is serial). */
  const settled = () => queue.run(async () => undefined);

  return { dispatch, alarm, eraseHistory, importHistory, settled };
}

/** While a routine runs, its player's session (read only; the pages write it) and the plan it plays. */
function routineContext(
  state: EngineState,
  session: RoutineSession | null,
  settings: Settings,
): EventContext['routine'] {
  if (state.mode.kind !== 'routine') return null;
  return belongsTo(session, state.mode.startedAt)
    ? { session, plan: timedPlan(session.variant, settings.routine.mine) }
    : null;
}

/**
 * Completes what the browser reports with what the engine needs: at start and on a wake after a
 * long silence, the idle state; for an idle report, how long input has really been idle (exact
 * back-dating whatever the detection interval did meanwhile).
 */
async function complete(given: Given, state: EngineState, now: number): Promise<EngineEvent> {
  if (given.type === 'started' && !('idle' in given)) {
    const idle = await queryIdleState(state.activity.detectionSec);
    return { type: 'started', idle, ...(idle === 'idle' ? await idleFor() : {}) };
  }
  if (given.type === 'wake' && !given.idle && needsIdleState(state, now)) {
    const idle = await queryIdleState(state.activity.detectionSec);
    return { type: 'wake', idle, ...(idle === 'idle' ? await idleFor() : {}) };
  }
  if (given.type === 'idleChanged' && given.state === 'idle' && given.idleForMs === undefined) {
    return { ...given, ...(await idleFor()) };
  }
  return given as EngineEvent;
}

const idleFor = async (): Promise<{ idleForMs?: number }> => {
  const ms = await measureIdleMs();
  return ms === undefined ? {} : { idleForMs: ms };
};
