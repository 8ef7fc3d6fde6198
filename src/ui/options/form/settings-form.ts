import type { IssueCode, SettingsIssue } from '@/src/core/settings/issues';
import type { ValidSettings } from '@/src/core/settings/parse';
import type { Settings } from '@/src/core/settings/schema';
import { changeSettings, replaceSettings, type SettingsWrite } from '@/src/platform/settings-writer';
import { createValueStore, type Store } from '@/src/ui/stores/store';

/**
 * What is wrong with a field's value: an issue from the settings validation, or one the page finds
 * before there is a value to validate (an empty box, text that is not a number).
 */
export type FieldProblem =
  | Pick<SettingsIssue, 'code' | 'limit' | 'step'>
  | { code: Exclude<FieldProblemCode, IssueCode>; limit?: undefined; step?: undefined };
export type FieldProblemCode = IssueCode | 'empty-number' | 'empty-time' | 'not-number';

export type SaveStatus =
  | { kind: 'saved'; what: string }
  | { kind: 'not-saved'; what: string; problems: FieldProblem[] }
  | { kind: 'write-failed'; what: string }
  | { kind: 'notice'; text: string };

export type CommitResult = SettingsWrite;

export interface SettingsFormDeps {
  /** The page's settings store (ui/stores): what every field shows. */
  settings: Store<Settings>;
  /** The storage write (platform/settings-writer.ts's saveSettings; a test may pass a stand-in). */
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
 * The options page's way to change the settings: through the one settings writer
 * (platform/settings-writer.ts), which validates every change whole before anything is written,
 * shows it at once in the page's settings store and goes back to the stored value if the write
 * fails; the form says what happened in the status line.
 */
export function createSettingsForm({ settings, save }: SettingsFormDeps): SettingsForm {
  const status = createValueStore<{ value: SaveStatus; n: number }>();
  const setStatus = (next: SaveStatus) => status.set({ value: next, n: (status.get()?.n ?? 0) + 1 });

  const report = (what: string, result: CommitResult): CommitResult => {
    if (result.ok) setStatus({ kind: 'saved', what });
    else if ('writeFailed' in result) setStatus({ kind: 'write-failed', what });
    else setStatus({ kind: 'not-saved', what, problems: result.issues });
    return result;
  };

  return {
    status,
    async commit(what, change) {
      // Nothing to change before the settings have loaded, and nothing to report.
      if (!settings.get()) return { ok: false, issues: [] };
      return report(what, await changeSettings(settings, change, save));
    },
    async replace(what, next) {
      return report(what, await replaceSettings(settings, next, save));
    },
    refuse(what, problems) {
      setStatus({ kind: 'not-saved', what, problems });
    },
    notify(text) {
      setStatus({ kind: 'notice', text });
    },
  };
}
