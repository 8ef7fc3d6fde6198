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
  issues.push(...mineNotSavedIssues(s));
  return issues;
}

/**
 * "My routine": none saved (no steps, the default) cannot be the routine Start opens. The rules a
 * saved one keeps need the step library, which the worker and the popup do not load: they are
 * checked (my-routine-rules.ts) where a routine is written, by a change that touches it
 * (platform/settings-writer.ts) and by a settings import (import-export.ts).
 */
function mineNotSavedIssues(s: Settings): SettingsIssue[] {
  const { mine, defaultVariant } = s.routine;
  return mine.length === 0 && defaultVariant === 'mine'
    ? [{ path: ['routine', 'defaultVariant'], code: 'mine-not-saved' }]
    : [];
}
