import type { IssueCode, SettingsIssue } from '@/src/core/settings/issues';
import { type ValidSettings, validateSettings } from '@/src/core/settings/parse';
import type { Settings } from '@/src/core/settings/schema';
import { createValueStore, type Store } from '../../stores/store';

/**
 * What is wrong with a field's value: an issue from the settings validation, or one the page finds
 * before there is a value to validate (an empty box, text that is not a number).
 */
export type FieldProblem =
  | Pick<SettingsIssue, 'code' | 'limit'>
  | { code: Exclude<FieldProblemCode, IssueCode>; limit?: undefined };
export type FieldProblemCode = IssueCode | 'empty-number' | 'empty-time' | 'not-number';

export type SaveStatus =
  | { kind: 'saved'; what: string }
  | { kind: 'not-saved'; what: string; problems: FieldProblem[] }
  | { kind: 'write-failed'; what: string }
  | { kind: 'notice'; text: string };

export type CommitResult =
  | { ok: true }
  | { ok: false; issues: SettingsIssue[] }
  | { ok: false; issues: []; writeFailed: true };

export interface SettingsFormDeps {
  /** The page's settings store (ui/stores): what every field shows. */
  settings: Store<Settings>;
  /** Writes validated settings (platform/settings-writer.ts). */
  save(settings: ValidSettings): Promise<void>;
}

export interface SettingsForm {
  /** The latest "Saved" / "Not saved" message, with a counter so a repeat is announced again. */
  status: Store<{ value: SaveStatus; n: number }>;
  /**
   * Applies `change` to a copy of the last valid settings and writes the result if the whole of
   * it is valid. `what` names the field for the status line.
   */
  commit(what: string, change: (draft: Settings) => void): Promise<CommitResult>;
  /** Writes a complete, already validated settings value (an import, a reset). */
  replace(what: string, next: ValidSettings): Promise<CommitResult>;
  /** Reports a value refused before validation (nothing is written). */
  refuse(what: string, problems: FieldProblem[]): void;
  /** Shows a message in the status line without writing anything. */
  notify(text: string): void;
}

/**
 * The options page's one way to change the settings: every change is validated as a whole
 * candidate, once, before anything is written; the page's settings store shows it at once and
 * goes back to the stored value if the write fails.
 */
export function createSettingsForm({ settings, save }: SettingsFormDeps): SettingsForm {
  const status = createValueStore<{ value: SaveStatus; n: number }>();
  const setStatus = (next: SaveStatus) => status.set({ value: next, n: (status.get()?.n ?? 0) + 1 });

  async function write(what: string, valid: ValidSettings): Promise<CommitResult> {
    const before = settings.get();
    // Shown at once, so a field does not flick back to the old value while storage writes.
    settings.set(valid);
    try {
      await save(valid);
    } catch (error) {
      // storage.sync allows 120 writes a minute; past that (or offline quota trouble) the write
      // rejects. Storage still holds the previous value, so show that again.
      console.error('[nape] could not save settings', error);
      if (before && settings.get() === valid) settings.set(before);
      setStatus({ kind: 'write-failed', what });
      return { ok: false, issues: [], writeFailed: true };
    }
    setStatus({ kind: 'saved', what });
    return { ok: true };
  }

  return {
    status,
    commit(what, change) {
      const current = settings.get();
      if (!current) return Promise.resolve({ ok: false, issues: [] });
      const draft = structuredClone(current);
      change(draft);
      const checked = validateSettings(draft);
      if (!checked.ok) {
        setStatus({ kind: 'not-saved', what, problems: checked.issues });
        return Promise.resolve({ ok: false, issues: checked.issues });
      }
      return write(what, checked.settings);
    },
    replace: write,
    refuse(what, problems) {
      setStatus({ kind: 'not-saved', what, problems });
    },
    notify(text) {
      setStatus({ kind: 'notice', text });
    },
  };
}
