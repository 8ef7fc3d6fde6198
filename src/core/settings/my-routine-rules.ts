import { checkMyRoutine } from '@/src/core/routine/my-routine';
import type { SettingsIssue } from './issues';
import type { Settings } from './schema';

/**
 * The rules of a saved "My routine" (core/routine/my-routine.ts) as settings issues, each on the
 * step it is about: the settings writer checks a routine that changed with them, and an imported
 * file's (parseSettingsImport), so none that breaks one is ever stored. None saved (no steps) is
 * the default and breaks nothing. Loaded where a routine can change, not at the pages' startup:
 * the rules need the step library.
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
