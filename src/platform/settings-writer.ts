import { loadOnce } from '@/src/core/load-once';
import type { SettingsIssue } from '@/src/core/settings/issues';
import type { ValidSettings } from '@/src/core/settings/parse';
import type { Settings } from '@/src/core/settings/schema';
import { STORED } from './storage-items';

// The one way settings are changed, from any page: the options form (a field, an import, a reset)
// and the player's voice choice (voice-choice.ts) all go through changeSettings or
// replaceSettings. Every change is validated whole, cross-field rules included, before anything
// is written, so nothing unchecked is ever stored. The check needs zod (validateSettings), loaded
// with the first change rather than at the options page's start (a third of its startup bytes);
// the page fetches it ahead while the user reads (preloadValidation).

/** The settings a page shows (its settings store, ui/stores): where a change starts and shows. */
export interface ShownSettings {
  get(): Settings | undefined;
  set(settings: Settings): void;
}

export type SettingsWrite =
  | { ok: true }
  | { ok: false; issues: SettingsIssue[] }
  | { ok: false; issues: []; writeFailed: true };

type Validation = typeof import('@/src/core/settings/parse');
const validation = loadOnce<Validation>(() => import('@/src/core/settings/parse'));

/** Fetches the settings check (zod) ahead of the first change. */
export const preloadValidation = (): Promise<Validation> => validation.load();

/** Writes settings to storage, whole; the type says they were validated. */
export const saveSettings = (settings: ValidSettings): Promise<void> => STORED.settings.set(settings);

/**
 * Applies `change` to a copy of the settings the page shows and writes the result if the whole of
 * it is valid. A result that is not is neither shown nor written: its issues are returned.
 * `save` is the storage write (a test may pass a stand-in).
 */
export function changeSettings(
  shown: ShownSettings,
  change: (draft: Settings) => void,
  save = saveSettings,
): Promise<SettingsWrite> {
  // Once the check is loaded a change is shown at once, as part of the user's click.
  const check = validation.get();
  if (!check)
    return preloadValidation().then(
      () => changeSettings(shown, change, save),
      (error: unknown) => {
        // Nothing was written; the page says so as for a failed write, and the next try loads again.
        console.error('[nape] could not load the settings check', error);
        return { ok: false, issues: [], writeFailed: true };
      },
    );
  const current = shown.get();
  if (!current) return Promise.resolve({ ok: false, issues: [] });
  const draft = structuredClone(current);
  change(draft);
  const checked = check.validateSettings(draft);
  if (!checked.ok) return Promise.resolve({ ok: false, issues: checked.issues });
  if (JSON.stringify(draft.routine.mine) !== JSON.stringify(current.routine.mine))
    return saveIfRoutineKeepsRules(shown, checked.settings, save);
  return replaceSettings(shown, checked.settings, save);
}

/**
 * A changed "My routine" is held to its rules before anything is written. They need the step
 * library, loaded here (the builder that makes the change has loaded it already) rather than at
 * the pages' startup; an unchanged routine was checked when it was written.
 */
async function saveIfRoutineKeepsRules(
  shown: ShownSettings,
  next: ValidSettings,
  save: typeof saveSettings,
): Promise<SettingsWrite> {
  const { myRoutineIssues } = await import('@/src/core/settings/my-routine-rules');
  const issues = myRoutineIssues(next);
  return issues.length ? { ok: false, issues } : replaceSettings(shown, next, save);
}

/** Shows and writes complete, validated settings (a change, an import). */
export async function replaceSettings(
  shown: ShownSettings,
  next: ValidSettings,
  save = saveSettings,
): Promise<SettingsWrite> {
  const before = shown.get();
  // Shown at once, so a field does not flick back to the old value while storage writes.
  shown.set(next);
  try {
    await save(next);
  } catch (error) {
    // storage.sync allows 120 writes a minute; past that (or offline quota trouble) the write
    // rejects. Storage still holds the previous value, so show that again.
    console.error('[nape] could not save settings', error);
    if (before && shown.get() === next) shown.set(before);
    return { ok: false, issues: [], writeFailed: true };
  }
  return { ok: true };
}
