import type { z } from 'zod/mini';
import type { MyRoutineCode } from '@/src/core/routine/my-routine-shape';

/**
 * A problem with a settings value, in terms the options page can put into words in either
 * language. zod/mini ships no messages (only "Invalid input"), so the codes are ours.
 */
export type IssueCode =
  | 'type' // wrong kind of value (text where a number belongs, …)
  | 'integer' // a fraction where a whole number is needed
  | 'min'
  | 'max'
  | 'format' // e.g. a time that is not HH:MM
  | 'choice' // not one of the allowed values
  | 'too-few'
  | 'too-many'
  | 'duplicate' // the same snooze length twice
  | 'snooze-default-not-offered'
  | 'no-working-day'
  | MyRoutineCode // a rule of "My routine" broken (core/routine/my-routine.ts)
  | 'mine-not-saved'; // "My routine" chosen as the default before one was saved

export interface SettingsIssue {
  /** Path to the field, e.g. ['neckBreak', 'intervalMin']. */
  path: (string | number)[];
  code: IssueCode;
  /** The limit a `min`/`max`/`too-few`/`too-many` issue refers to (a routine's: seconds). */
  limit?: number;
  /** The step of "My routine" an issue is about, counted from 1 as the user sees it. */
  step?: number;
}

export const pathKey = (path: readonly (string | number)[]) => path.join('.');

/**
 * Maps zod's issues onto ours; `prefix` is prepended to each path. One issue per field: a huge
 * whole number breaks both our maximum and zod's safe-integer bound, and the user needs only the
 * tighter of the two.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): SettingsIssue[] {
  const byPath = new Map<string, SettingsIssue>();
  for (const issue of issues.map((i) => toIssue(i, prefix))) {
    const key = pathKey(issue.path);
    const seen = byPath.get(key);
    const tighter =
      seen?.code === issue.code &&
      issue.limit !== undefined &&
      seen.limit !== undefined &&
      (issue.code === 'max' ? issue.limit < seen.limit : issue.limit > seen.limit);
    if (!seen || tighter) byPath.set(key, issue);
  }
  return [...byPath.values()];
}

function toIssue(i: z.core.$ZodIssue, prefix: (string | number)[]): SettingsIssue {
  const path = [...prefix, ...(i.path as (string | number)[])];
  switch (i.code) {
    case 'invalid_type':
      return { path, code: i.expected === 'int' && typeof i.input === 'number' ? 'integer' : 'type' };
    case 'too_small':
      return { path, code: i.origin === 'array' ? 'too-few' : 'min', limit: Number(i.minimum) };
    case 'too_big':
      return { path, code: i.origin === 'array' ? 'too-many' : 'max', limit: Number(i.maximum) };
    case 'invalid_format':
      return { path, code: 'format' };
    case 'invalid_value':
      return { path, code: 'choice' };
    default:
      return { path, code: 'type' };
  }
}
