import type { VariantId } from '@/src/core/routine/plan';
import { dayKey, MINUTE } from '@/src/core/time';
import { awayAfterSec, type TransitionContext } from './accounting';
import {
  NATURAL_PAUSE_MAX_WAIT_MS,
  NATURAL_PAUSE_SEC,
  PROMPT_QUIET_MS,
  REPROMPT_ACTIVE_MS,
  REPROMPT_MIN_GAP_MS,
  SNAP_MS,
} from './rules';
import type { EngineState, OfferedRoutine } from './state';
import { neckBreakInMs } from './time-to-break';

// When a neck break is due and how the prompt reaches the user:
//
//   counting ──active time ≥ interval──▶ due/waiting ──pause in input, or waited long enough──┐
//      ▲                                    ▲                                               ▼
//      │                                    │ 10 active min and 10 min since   fullscreen? ─yes─▶ due/held
//      │                                    └────────────── due/shown ◀──────────no──────────┘      │
//      │                                                     │   ▲                 ends or limit ───┘
//      │                         skip, routine ≥ ½, away ≥ N │   │ snooze over
//      └─────────────────────────────────────────────────────┘  snoozed ◀── snooze (≤ limit)
//
// Nothing is shown on a locked screen: a waiting or held prompt waits for the user's return, and
// then for a pause in typing again. Nor within a minute of a posture check.

const neckIntervalMs = (c: TransitionContext) => c.settings.neckBreak.intervalMin * MINUTE;

/** How long a due break waits for a pause in typing: 2 min, at most a quarter of the interval. */
export const naturalPauseMaxWaitMs = (c: TransitionContext) =>
  Math.min(NATURAL_PAUSE_MAX_WAIT_MS, neckIntervalMs(c) / 4);

/** Prompts are possible only in normal mode, inside working hours, with the neck break on. */
export const promptsAllowed = (s: EngineState, c: TransitionContext) =>
  s.mode.kind === 'normal' && s.inHours && c.settings.neckBreak.enabled;

export function evaluateNeck(s: EngineState, c: TransitionContext): void {
  if (!promptsAllowed(s, c)) return;
  const n = s.neck;
  const active = s.activity.state === 'active';
  if (n.status === 'counting') {
    if (active && neckBreakInMs(s, c.settings, c.now) <= SNAP_MS) becomeDue(s, c, 0);
  } else if (n.status === 'snoozed') {
    if (active && c.now + SNAP_MS >= n.until) becomeDue(s, c, n.snoozes);
  } else if (n.prompt.kind === 'shown') {
    const p = n.prompt;
    if (
      active &&
      n.activeMs - p.activeMsAt + SNAP_MS >= REPROMPT_ACTIVE_MS &&
      c.now - p.at + SNAP_MS >= REPROMPT_MIN_GAP_MS
    ) {
      n.prompt = { kind: 'waiting', since: c.now };
      waitForPause(s, c);
    }
  }
  advancePrompt(s, c);
}

function becomeDue(s: EngineState, c: TransitionContext, snoozes: number): void {
  s.neck = {
    status: 'due',
    activeMs: s.neck.activeMs,
    dueAt: c.now,
    snoozes,
    prompt: { kind: 'waiting', since: c.now },
  };
  waitForPause(s, c);
}

/** Lowers the idle detection interval so the first short pause in typing shows up as an event. */
function waitForPause(s: EngineState, c: TransitionContext): void {
  if (s.activity.detectionSec !== NATURAL_PAUSE_SEC) {
    s.activity.detectionSec = NATURAL_PAUSE_SEC;
    c.effects.push({ type: 'idleInterval', seconds: NATURAL_PAUSE_SEC });
  }
}

/**
 * Puts the user's own idle threshold back once the engine is no longer waiting for a pause. Not
 * while the user is away: raising the threshold past the time already idle makes the browser
 * report "active" without any input, a return that never happened. It is raised on the real return.
 */
export function restoreIdleThreshold(s: EngineState, c: TransitionContext): void {
  const waiting = s.neck.status === 'due' && s.neck.prompt.kind === 'waiting' && promptsAllowed(s, c);
  const wanted = waiting ? NATURAL_PAUSE_SEC : awayAfterSec(c.settings);
  if (s.activity.detectionSec === wanted) return;
  if (wanted > s.activity.detectionSec && s.activity.state !== 'active') return;
  s.activity.detectionSec = wanted;
  c.effects.push({ type: 'idleInterval', seconds: wanted });
}

/** The user is back at an unlocked screen: a prompt that could not be shown waits for a pause in typing again. */
export function onUnlock(s: EngineState, c: TransitionContext): void {
  if (s.neck.status === 'due' && s.neck.prompt.kind !== 'shown') {
    s.neck.prompt = { kind: 'waiting', since: c.now };
  }
}

/** When a neck prompt held back only by a recent posture check may be shown. */
export const postureQuietEndsAt = (s: EngineState): number | null =>
  s.posture.lastAt === null ? null : s.posture.lastAt + PROMPT_QUIET_MS;

function advancePrompt(s: EngineState, c: TransitionContext): void {
  const n = s.neck;
  if (n.status !== 'due' || s.activity.state === 'locked') return;
  if (n.prompt.kind === 'waiting') {
    // `idle` here means input paused (the detection interval is 15 s while waiting).
    const paused = s.activity.state === 'idle';
    const waitedEnough = c.now - n.prompt.since + SNAP_MS >= naturalPauseMaxWaitMs(c);
    if (!(paused || waitedEnough)) return;
    n.prompt = { kind: 'held', since: c.now };
  }
  if (n.prompt.kind === 'held') {
    const { enabled, maxMin } = c.settings.fullscreenHold;
    const holding = enabled && c.fullscreen && c.now - n.prompt.since + SNAP_MS < maxMin * MINUTE;
    const quietEnds = postureQuietEndsAt(s);
    if (holding || (quietEnds !== null && c.now < quietEnds)) return;
    show(s, c);
  }
}

function show(s: EngineState, c: TransitionContext): void {
  if (s.neck.status !== 'due') return;
  const { maxPerBreak, defaultMin } = c.settings.snooze;
  const atLimit = s.neck.snoozes >= maxPerBreak;
  s.neck.prompt = { kind: 'shown', at: c.now, activeMsAt: s.neck.activeMs };
  // Kept, so its second button does what it said even if the settings change before the click.
  const other = atLimit ? otherRoutine(c.settings.routine.defaultVariant) : null;
  if (other) {
    delete s.neck.snoozeOfferedMin;
    s.neck.otherOffered = other;
  } else {
    s.neck.snoozeOfferedMin = defaultMin;
    delete s.neck.otherOffered;
  }
  s.quietUntil = c.now + PROMPT_QUIET_MS;
  c.effects.push({
    type: 'notifyNeck',
    snoozeMin: atLimit ? null : defaultMin,
    other,
    atLimit,
  });
  c.effects.push({ type: 'stats', day: dayKey(c.now, c.timeZone), delta: { prompts: 1 } });
}

/**
 * The routine offered beside Start on a prompt with no snooze left: the quick one, the least a
 * user out of snoozes can still do; the full one when the quick one is the default, so the two
 * buttons never start the same routine.
 */
const otherRoutine = (defaultVariant: VariantId): OfferedRoutine =>
  defaultVariant === 'quick' ? 'full' : 'quick';
