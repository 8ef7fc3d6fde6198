import type { StatsDelta } from '../stats/day-stats';
import { absorbBackwardClock, accrue, changeActivity, type Step } from './accounting';
import { badgeFor } from './badge';
import { applyCommand, endRoutine, resume } from './commands';
import type { CommandError, Effect, EngineEvent, EventContext } from './events';
import { evaluateNeck, restoreIdleThreshold } from './neck';
import { evaluatePosture } from './posture';
import { ROUTINE_TIMEOUT_MS } from './rules';
import type { EngineState } from './state';
import { nextWake } from './wake';
import { inWorkingHours } from './working-hours';

// The engine: (state, event, context, now) → { state, effects }. Pure: the caller supplies the
// time and what it read from the browser, and carries out the effects after saving the state.
//
//                 ┌───────────── mode ─────────────┐
//   event ──▶ clock check ──▶ account time ──▶ command ──▶ settle ──▶ badge + wake alarm
//                                                          │
//      normal ◀── resume / pause over ── paused            ├─ pause over, routine timed out
//      normal ── startRoutine ──▶ routine ── ended ──▶ normal
//                                                          ├─ working hours entered / left
//                                                          ├─ neck break: counting → due → shown
//                                                          │   (see neck.ts for its own diagram)
//                                                          └─ posture check (posture.ts)

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
  const s = structuredClone(state);
  const c: Step = { ...ctx, now, effects: [] };
  absorbBackwardClock(s, c);

  switch (event.type) {
    case 'started':
      changeActivity(s, c, event.idle);
      break;
    case 'idleChanged':
      changeActivity(s, c, event.state);
      break;
    case 'wake':
    case 'refresh':
    case 'settingsChanged':
      accrue(s, c);
      break;
    default: {
      accrue(s, c);
      const error = applyCommand(s, c, event);
      if (error) return { state, effects: [], error };
    }
  }

  settle(s, c);
  const badge = badgeFor(s, c.settings, now);
  c.effects.push({ type: 'badge', text: badge.text, color: badge.color });
  c.effects.push({ type: 'wakeAt', at: nextWake(s, now) });
  // The idle interval is held by the browser; set it again whenever the worker starts.
  if (event.type === 'started' && !c.effects.some((e) => e.type === 'idleInterval')) {
    c.effects.push({ type: 'idleInterval', seconds: s.activity.detectionSec });
  }
  return { state: s, effects: mergeStats(c.effects) };
}

/** Everything that follows from the time alone, whatever the event was. */
function settle(s: EngineState, c: Step): void {
  if (s.mode.kind === 'paused' && s.mode.until !== null && c.now >= s.mode.until) resume(s, c);
  if (s.mode.kind === 'routine' && c.now - s.mode.startedAt >= ROUTINE_TIMEOUT_MS) endRoutine(s, c, 0);

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
