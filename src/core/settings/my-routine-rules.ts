import { checkMyRoutine } from '@/src/core/routine/my-routine';
import type { SettingsIssue } from './issues';
import type { Settings } from './schema';

/**
 * The rules of a saved "My routine" (core/routine/my-routine.ts) as settings issues, each on the
 * step it is about: checked with everything written (validateSettings), so the builder, an
 * imported file or the settings writer can never store a routine that breaks one. None saved (no
 * steps) is the default and breaks nothing.
 */
export function myRoutineIssues(s: Settings): SettingsIssue[] {
  if (s.routine.mine.length === 0) return [];
  return checkMyRoutine(s.routine.mine).map(({ code, index, limit }) => ({
    path: index === undefined ? ['routine', 'mine'] : ['routine', 'mine', index],
    code,
    ...(limit === undefined ? {} : { limit }),
    ...(index === undefined ? {} : { step: index + 1 }),
  }));
}
