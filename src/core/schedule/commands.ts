import type { VariantId } from '@/src/core/routine/plan';
import type { StatsDelta } from '@/src/core/stats/day-stats';
import { ROUTINE_COUNTERS } from '@/src/core/stats/routine-counters';
import { dayKey, MINUTE } from '@/src/core/time';
import { accrue, type TransitionContext } from './accounting';
import type { Command, CommandError, Effect } from './events';
import { pauseUntil } from './pause';
import { PROMPT_QUIET_MS, ROUTINE_TAKEN_FRACTION } from './rules';
import type { EngineState } from './state';

// The user's commands. Each either applies fully or answers with an error and changes nothing
// (the transition discards the draft), so a stale popup can never half-apply a snooze.

export function applyCommand(s: EngineState, c: TransitionContext, cmd: Command): CommandError | null {
  switch (cmd.type) {
    case 'snooze': {
      if (s.neck.status !== 'due') return 'not-due';
      // Only what is offered: a choice the settings give the popup, within their limit per break,
      // or the length the prompt on screen offered when it was shown (the settings may have
      // changed since; its button still does what it said).
      if (cmd.minutes !== s.neck.snoozeOfferedMin) {
        const { choicesMin, maxPerBreak } = c.settings.snooze;
        if (!choicesMin.includes(cmd.minutes)) return 'snooze-not-offered';
        if (s.neck.snoozes >= maxPerBreak) return 'snooze-limit';
      }
      s.neck = {
        status: 'snoozed',
        activeMs: s.neck.activeMs,
        snoozes: s.neck.snoozes + 1,
        until: c.now + cmd.minutes * MINUTE,
      };
      s.quietUntil = c.now + PROMPT_QUIET_MS;
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      c.effects.push(stats(c, { snoozes: 1 }));
      return null;
    }
    case 'skip': {
      if (s.neck.status === 'counting') return 'not-due';
      s.neck = { status: 'counting', activeMs: 0 };
      s.quietUntil = c.now + PROMPT_QUIET_MS;
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      c.effects.push(stats(c, { skips: 1 }));
      return null;
    }
    case 'startRoutine': {
      if (s.mode.kind === 'routine') return 'routine-running';
      if (s.mode.kind === 'paused') resume(s, c); // a routine ends a pause
      s.mode = { kind: 'routine', variant: cmd.variant, startedAt: c.now };
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      if (cmd.source === 'notification') c.effects.push({ type: 'openRoutine' });
      return null;
    }
    case 'routineEnded': {
      if (!(cmd.fraction >= 0 && cmd.fraction <= 1)) return 'bad-fraction';
      if (s.mode.kind === 'routine' && s.mode.startedAt === cmd.startedAt) {
        endRoutine(s, c, cmd.fraction);
        return null;
      }
      // The player finished a routine the engine had already given up on (its page slept, say):
      // what the user did still counts, once.
      const last = s.lastRoutine;
      if (last === null || last.startedAt !== cmd.startedAt) return 'no-routine';
      if (!last.counted && cmd.fraction >= ROUTINE_TAKEN_FRACTION) breakTaken(s, c, last.variant);
      s.lastRoutine = { ...last, counted: last.counted || cmd.fraction >= ROUTINE_TAKEN_FRACTION };
      return null;
    }
    case 'pause': {
      if (s.mode.kind === 'routine') return 'routine-running';
      accrue(s, c);
      // Changing the length of a pause keeps when it began.
      const since = s.mode.kind === 'paused' ? s.mode.since : c.now;
      s.mode = {
        kind: 'paused',
        since,
        until: pauseUntil(cmd.preset, c.now, c.timeZone),
        preset: cmd.preset,
      };
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      return null;
    }
    case 'resume': {
      if (s.mode.kind !== 'paused') return 'not-paused';
      resume(s, c);
      return null;
    }
    case 'rateComfort': {
      if (!Number.isInteger(cmd.rating) || cmd.rating < 1 || cmd.rating > 5) return 'bad-rating';
      c.effects.push(stats(c, { comfort: cmd.rating }));
      return null;
    }
  }
}

/**
 * Ends a routine, finished by the user or given up on by the engine: at least half done is the
 * break taken, less puts a due break back as it was. It is remembered, for a late end from its
 * player. `endedAt`: when it ended, if before now (a routine given up on ended at its last sign of life).
 */
export function endRoutine(s: EngineState, c: TransitionContext, fraction: number, endedAt = c.now): void {
  if (s.mode.kind !== 'routine') return;
  const { variant, startedAt, afterSign } = s.mode;
  const counted = fraction >= ROUTINE_TAKEN_FRACTION;
  s.mode = { kind: 'normal' };
  s.lastRoutine = { startedAt, variant, counted };
  // Away from the screen during the routine (eyes on the ceiling, hands off) was the routine, not
  // a second, natural break: an absence that goes on is counted from the routine's end.
  if (s.activity.state !== 'active') s.activity.since = Math.max(s.activity.since, endedAt);
  if (counted) {
    breakTaken(s, c, variant);
    // The counters restart at the routine's end, not at the give-up: the active time already
    // credited since its last sign of life counts toward the next break and check. None was
    // credited after a sign the engine had yet to see (nor after now, for a routine just ended).
    if (afterSign?.at === endedAt) {
      s.neck.activeMs = afterSign.neckMs;
      s.posture.activeMs = afterSign.postureMs;
    }
  } else if (s.neck.status === 'due') {
    // Not a fresh prompt right away: the usual re-prompt spacing applies from now.
    s.neck.prompt = { kind: 'shown', at: c.now, activeMsAt: s.neck.activeMs };
  }
}

function breakTaken(s: EngineState, c: TransitionContext, variant: VariantId): void {
  if (s.neck.status !== 'counting') c.effects.push({ type: 'clearNotification', kind: 'neck' });
  s.neck = { status: 'counting', activeMs: 0 };
  s.posture.activeMs = 0;
  c.effects.push(stats(c, { [ROUTINE_COUNTERS[variant]]: 1 }));
}

/** Leaves a pause: the counters run again from now; a due break is prompted afresh. */
export function resume(s: EngineState, c: TransitionContext): void {
  s.mode = { kind: 'normal' };
  s.countedSince = c.now;
  if (s.neck.status === 'due') s.neck.prompt = { kind: 'waiting', since: c.now };
}

const stats = (c: TransitionContext, delta: StatsDelta): Effect => ({
  type: 'stats',
  day: dayKey(c.now, c.timeZone),
  delta,
});
