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
  return issues;
}
