import { fromZodIssues, type SettingsIssue } from './issues';
import { crossFieldIssues } from './rules';
import { type Settings, SettingsSchema } from './schema';

export { readSettings } from './read';
export { crossFieldIssues } from './rules';

/** Settings that passed `validateSettings`: the only kind a writer accepts, so none is checked twice. */
export type ValidSettings = Settings & { readonly __valid: unique symbol };

export type Validation = { ok: true; settings: ValidSettings } | { ok: false; issues: SettingsIssue[] };

/**
 * Strict check for anything about to be written (the options form, an import): the whole
 * candidate must pass the schema and the cross-field rules, or nothing is written. A routine of
 * the user's own is held to its rules where one can change (my-routine-rules.ts: the settings
 * writer, an import), loaded then: they need the step library, kept off the pages' startup.
 */
export function validateSettings(candidate: unknown): Validation {
  const parsed = SettingsSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = crossFieldIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, settings: parsed.data as ValidSettings };
}
