import { checkMyRoutine } from '@/src/core/routine/my-routine';
import type { SettingsIssue } from './issues';
import { WEEKDAY_KEYS } from './limits';
import type { Settings } from './schema';

/** Rules between fields, which a per-field schema cannot see. */
export function crossFieldIssues(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (new Set(s.snooze.choicesMin).size !== s.snooze.choicesMin.length) {
    issues.push({ path: ['snooze', 'choicesMin'], code: 'duplicate' });
  }
  if (!s.snooze.choicesMin.includes(s.snooze.defaultMin)) {
    issues.push({ path: ['snooze', 'defaultMin'], code: 'snooze-default-not-offered' });
  }
  if (s.workingHours.enabled && !WEEKDAY_KEYS.some((d) => s.workingHours.days[d].on)) {
    issues.push({ path: ['workingHours', 'days'], code: 'no-working-day' });
  }
  // An end not after the start is not an error: the range runs past midnight (a night shift).
  issues.push(...myRoutineIssues(s));
  return issues;
}

/**
 * "My routine": none saved (no steps) is the default and fine, but then it cannot be the routine
 * Start opens; a saved one must keep every rule of a routine (core/routine/my-routine.ts), so the
 * builder, an imported file or a synced value from elsewhere can never store one that breaks one.
 */
function myRoutineIssues(s: Settings): SettingsIssue[] {
  const { mine, defaultVariant } = s.routine;
  if (mine.length === 0)
    return defaultVariant === 'mine' ? [{ path: ['routine', 'defaultVariant'], code: 'mine-not-saved' }] : [];
  return checkMyRoutine(mine).map(({ code, index, limit }) => ({
    path: index === undefined ? ['routine', 'mine'] : ['routine', 'mine', index],
    code,
    ...(limit === undefined ? {} : { limit }),
    ...(index === undefined ? {} : { step: index + 1 }),
  }));
}
