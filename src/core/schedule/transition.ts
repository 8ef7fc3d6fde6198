import { plainClone } from '@/src/core/plain-clone';
import { stop } from '@/src/core/routine/controls';
import { abandonedAt, belongsTo, lastSignOfLife, reopen } from '@/src/core/routine/lifecycle';
import type { StatsDelta } from '@/src/core/stats/day-stats';
import {
  absorbBackwardClock,
  accrue,
  changeActivity,
  silentTooLong,
  type TransitionContext,
} from './accounting';
import { badgeFor } from './badge';
import { applyCommand, endRoutine, resume } from './commands';
import type { CommandError, Effect, EngineEvent, EventContext } from './events';
import { evaluateNeck, onUnlock, restoreIdleThreshold } from './neck';
import { evaluatePosture } from './posture';
import { settleReminder } from './reminder';
import type { ActivityState, EngineState } from './state';
import { nextWake } from './wake';
import { inWorkingHours } from './working-hours';

// The engine: (state, event, context, now) → { state, effects }. Pure: the caller supplies the
// time and what it read from the browser, and carries out the effects after saving the state.
//
//                 ┌───────────── mode ─────────────┐
//   event ──▶ clock check ──▶ account time ──▶ command ──▶ settle ──▶ badge + wake alarm
//                                                          │
//      normal ◀── resume / pause over ── paused            ├─ pause over, routine abandoned
//      normal ── startRoutine ──▶ routine ── ended or abandoned ──▶ normal
//                                                          ├─ working hours entered / left
//                                                          ├─ neck break: counting → due → shown
//                                                          │   (see neck.ts for its own diagram)
//                                                          └─ posture check (posture.ts)

/**
 * Whether a wake at `now` should bring the idle state along (the adapter reads it then): nothing
 * has been heard for longer than a heartbeat, so the machine slept or the browser was closed, and
 * only the idle API can tell whether the user is back already or still away.
 */
export const needsIdleState = (state: EngineState, now: number) => silentTooLong(state, now);

/**
 * Whether the answer to "is a window fullscreen?" can change this result. Fullscreen only ever
 * holds a prompt back (neck.ts, posture.ts), so a transition worked out as if no window were
 * fullscreen that shows no prompt is the transition either way; the pipeline then need not ask the
 * browser (the `windows` API) at all. tests/unit/core/schedule/properties.test.ts holds the core to this.
 */
export const fullscreenMatters = (windowed: TransitionResult): boolean =>
  windowed.effects.some((e) => e.type === 'notifyNeck' || e.type === 'notifyPosture');

export interface TransitionResult {
  state: EngineState;
  effects: Effect[];
  /** Set when a command was not valid now; the state and effects are then unchanged and empty. */
  error?: CommandError;
}

export function transition(
  state: EngineState,
  event: EngineEvent,
  ctx: EventContext,
  now: number,
): TransitionResult {
  const s = plainClone(state);
  const c: TransitionContext = { ...ctx, now, effects: [] };
  absorbBackwardClock(s, c);
  // A routine given up on before this event ended then: what the event reports (a return from an
  // absence, say) is judged with the routine over, so time away after it can be a natural break.
  giveUpIfAbandoned(s, c);

  switch (event.type) {
    case 'started':
      report(s, c, event.idle, event.idleForMs);
      break;
    case 'idleChanged':
      report(s, c, event.state, event.idleForMs);
      break;
    case 'wake':
      if (event.idle) report(s, c, event.idle, event.idleForMs);
      else accrue(s, c);
      break;
    case 'refresh':
      accrue(s, c);
      break;
    case 'settingsChanged':
      // Posture checks switched on at 11:00 start counting at 11:00, not at the last heartbeat.
      accrue(s, event.previous ? { ...c, settings: event.previous } : c);
      break;
    default: {
      // A click on a prompt or in a page is input, on an unlocked screen: whatever the idle API has
      // yet to report (it polls), an absence ends here and is counted before the command changes
      // the counters (the next interval after a Skip starts at the Skip, not at the start of the
      // pause; a routine started on coming back does not swallow the absence before it).
      if (event.type !== 'routineEnded' && s.activity.state !== 'active') report(s, c, 'active', undefined);
      else accrue(s, c);
      const error = applyCommand(s, c, event);
      if (error) return { state, effects: [], error };
    }
  }

  settle(s, c);
  const badge = badgeFor(s, c.settings, now);
  c.effects.push({ type: 'badge', text: badge.text, color: badge.color });
  c.effects.push({ type: 'wakeAt', at: nextWake(s, c) });
  // The idle interval is held by the browser; set it again whenever the worker starts.
  if (event.type === 'started' && !c.effects.some((e) => e.type === 'idleInterval')) {
    c.effects.push({ type: 'idleInterval', seconds: s.activity.detectionSec });
  }
  return { state: s, effects: mergeStats(c.effects) };
}

/** An idle-API report; coming back to an unlocked screen lets a held-back prompt wait for a pause again. */
function report(
  s: EngineState,
  c: TransitionContext,
  next: ActivityState,
  idleForMs: number | undefined,
): void {
  const wasLocked = s.activity.state === 'locked';
  changeActivity(s, c, next, idleForMs);
  if (wasLocked && next === 'active') onUnlock(s, c);
}

/** Everything that follows from the time alone, whatever the event was. */
function settle(s: EngineState, c: TransitionContext): void {
  if (s.mode.kind === 'paused' && s.mode.until !== null && c.now >= s.mode.until) resume(s, c);

  if (!c.settings.neckBreak.enabled && s.neck.status !== 'counting') {
    c.effects.push({ type: 'clearNotification', kind: 'neck' });
  }
  if (!c.settings.neckBreak.enabled) s.neck = { status: 'counting', activeMs: 0 };

  const inside = inWorkingHours(c.settings.workingHours, c.now, c.timeZone);
  if (inside && !s.inHours) {
    // A new work period starts fresh: yesterday evening's minutes are not today's.
    s.neck = { status: 'counting', activeMs: 0 };
    s.posture.activeMs = 0;
  } else if (!inside && s.inHours && s.neck.status === 'due') {
    c.effects.push({ type: 'clearNotification', kind: 'neck' });
  }
  s.inHours = inside;

  evaluateNeck(s, c);
  evaluatePosture(s, c);
  restoreIdleThreshold(s, c);
  settleReminder(s, c);
}

/**
 * The one abandonment rule (core/routine/lifecycle.ts): no page has shown the routine for a
 * while. What was practised until then still counts, as if the user had stopped there: the
 * routine ended at its last sign of life (an absence that goes on is the user's own from there).
 */
function giveUpIfAbandoned(s: EngineState, c: TransitionContext): void {
  if (s.mode.kind !== 'routine') return;
  const session = c.routine?.session ?? null;
  if (c.now < abandonedAt(s.mode.startedAt, session)) return;
  const fraction =
    c.routine && belongsTo(session, s.mode.startedAt)
      ? stop(reopen(session, c.now), c.routine.plan, c.now).fraction
      : 0;
  endRoutine(s, c, fraction, lastSignOfLife(s.mode.startedAt, session));
}

/** One stats effect per day: the adapter does a read-modify-write per effect. */
function mergeStats(effects: Effect[]): Effect[] {
  const byDay = new Map<string, StatsDelta>();
  const rest: Effect[] = [];
  for (const e of effects) {
    if (e.type !== 'stats') {
      rest.push(e);
      continue;
    }
    const into = byDay.get(e.day) ?? {};
    for (const [k, v] of Object.entries(e.delta) as [keyof StatsDelta, number][]) {
      into[k] = (into[k] ?? 0) + v;
    }
    byDay.set(e.day, into);
  }
  return [...rest, ...[...byDay].map(([day, delta]): Effect => ({ type: 'stats', day, delta }))];
}
