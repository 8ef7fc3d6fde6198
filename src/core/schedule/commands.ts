import { LIMITS } from '../settings/limits';
import type { StatsDelta } from '../stats/day-stats';
import { dayKey, HOUR, MINUTE, startOfNextLocalDay } from '../time';
import { accrue, type Step } from './accounting';
import type { Command, CommandError, Effect, PausePreset } from './events';
import { ROUTINE_TAKEN_FRACTION } from './rules';
import type { EngineState } from './state';

// The user's commands. Each either applies fully or answers with an error and changes nothing
// (the transition discards the draft), so a stale popup can never half-apply a snooze.

const PAUSE_MS: Record<Exclude<PausePreset, 'tomorrow' | 'indefinite'>, number> = {
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
};

export function pauseUntil(preset: PausePreset, now: number, timeZone: string): number | null {
  if (preset === 'indefinite') return null;
  if (preset === 'tomorrow') return startOfNextLocalDay(now, timeZone);
  return now + PAUSE_MS[preset];
}

export function applyCommand(s: EngineState, c: Step, cmd: Command): CommandError | null {
  switch (cmd.type) {
    case 'snooze': {
      if (s.neck.status !== 'due') return 'not-due';
      const { min, max } = LIMITS.snoozeChoiceMin;
      if (!Number.isInteger(cmd.minutes) || cmd.minutes < min || cmd.minutes > max) return 'bad-minutes';
      if (s.neck.snoozes >= c.settings.snooze.maxPerBreak) return 'snooze-limit';
      s.neck = {
        status: 'snoozed',
        activeMs: s.neck.activeMs,
        snoozes: s.neck.snoozes + 1,
        until: c.now + cmd.minutes * MINUTE,
      };
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      c.effects.push(stats(c, { snoozes: 1 }));
      return null;
    }
    case 'skip': {
      if (s.neck.status === 'counting') return 'not-due';
      s.neck = { status: 'counting', activeMs: 0 };
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      c.effects.push(stats(c, { skips: 1 }));
      return null;
    }
    case 'startRoutine': {
      if (s.mode.kind === 'routine') return 'routine-running';
      if (s.mode.kind === 'paused') resume(s, c); // a routine ends a pause
      s.mode = { kind: 'routine', variant: cmd.variant, startedAt: c.now };
      c.effects.push({ type: 'clearNotification', kind: 'neck' });
      if (cmd.source === 'notification') c.effects.push({ type: 'openRoutine', variant: cmd.variant });
      return null;
    }
    case 'routineEnded': {
      if (s.mode.kind !== 'routine') return 'no-routine';
      if (!(cmd.fraction >= 0 && cmd.fraction <= 1)) return 'bad-fraction';
      endRoutine(s, c, cmd.fraction);
      return null;
    }
    case 'pause': {
      if (s.mode.kind === 'routine') return 'routine-running';
      accrue(s, c);
      // Changing the length of a pause keeps when it began.
      const since = s.mode.kind === 'paused' ? s.mode.since : c.now;
      s.mode = { kind: 'paused', since, until: pauseUntil(cmd.preset, c.now, c.timeZone) };
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

/** Ends a routine; at least half done is the break taken, less puts a due break back as it was. */
export function endRoutine(s: EngineState, c: Step, fraction: number): void {
  if (s.mode.kind !== 'routine') return;
  const variant = s.mode.variant;
  s.mode = { kind: 'normal' };
  if (fraction >= ROUTINE_TAKEN_FRACTION) {
    s.neck = { status: 'counting', activeMs: 0 };
    s.posture.activeMs = 0;
    c.effects.push(stats(c, variant === 'full' ? { routinesFull: 1 } : { routinesQuick: 1 }));
  } else if (s.neck.status === 'due') {
    // Not a fresh prompt right away: the usual re-prompt spacing applies from now.
    s.neck.prompt = { kind: 'shown', at: c.now, activeMsAt: s.neck.activeMs };
  }
}

/** Leaves a pause: time resumes counting from now; a due break is prompted afresh. */
export function resume(s: EngineState, c: Step): void {
  s.mode = { kind: 'normal' };
  s.activity.lastSeenAt = Math.max(s.activity.lastSeenAt, c.now);
  // Credited time restarts here: an idle report after this must not take back the paused span.
  if (s.activity.state === 'active') s.activity.since = Math.max(s.activity.since, c.now);
  if (s.neck.status === 'due') s.neck.prompt = { kind: 'waiting', since: c.now };
}

const stats = (c: Step, delta: StatsDelta): Effect => ({
  type: 'stats',
  day: dayKey(c.now, c.timeZone),
  delta,
});
