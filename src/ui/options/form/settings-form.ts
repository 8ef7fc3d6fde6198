import type { IssueCode, SettingsIssue } from '@/src/core/settings/issues';
import { type Validation, validateSettings } from '@/src/core/settings/parse';
import type { Settings } from '@/src/core/settings/schema';

// The options page's one view of the settings: the last valid value (read from storage, then
// followed through change events from any window or device) and the only way to change it.
// Every change is validated as a whole candidate before anything is written.

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
  load(): Promise<Settings>;
  watch(callback: (settings: Settings) => void): () => void;
  save(candidate: unknown): Promise<Validation>;
}

export interface SettingsForm {
  /** The last valid settings; undefined until storage has answered. */
  get(): Settings | undefined;
  /** The latest "Saved" / "Not saved" message, with a counter so a repeat is announced again. */
  status(): { value: SaveStatus; n: number } | undefined;
  subscribe(listener: () => void): () => void;
  /**
   * Applies `change` to a copy of the last valid settings and writes the result if the whole of
   * it is valid. `what` names the field for the status line.
   */
  commit(what: string, change: (draft: Settings) => void): Promise<CommitResult>;
  /** Writes a complete settings value (an import, a reset), with the same all-or-nothing rule. */
  replace(what: string, next: Settings): Promise<CommitResult>;
  /** Reports a value refused before validation (nothing is written). */
  refuse(what: string, problems: FieldProblem[]): void;
  /** Shows a message in the status line without writing anything. */
  notify(text: string): void;
  dispose(): void;
}

export function createSettingsForm(deps: SettingsFormDeps): SettingsForm {
  let value: Settings | undefined;
  let status: { value: SaveStatus; n: number } | undefined;
  let changed = false;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  const setStatus = (next: SaveStatus) => {
    status = { value: next, n: (status?.n ?? 0) + 1 };
  };

  // Watch first, then read: a change landing in between must not be overwritten by the older read.
  const unwatch = deps.watch((next) => {
    changed = true;
    value = next;
    emit();
  });
  deps.load().then(
    (first) => {
      if (!changed) {
        value = first;
        emit();
      }
    },
    (error) => console.error('[nape] could not read settings', error),
  );

  async function write(what: string, candidate: Settings): Promise<CommitResult> {
    const checked = validateSettings(candidate);
    if (!checked.ok) {
      setStatus({ kind: 'not-saved', what, problems: checked.issues });
      emit();
      return { ok: false, issues: checked.issues };
    }
    const before = value;
    // Shown at once, so a field does not flick back to the old value while storage writes.
    value = checked.settings;
    emit();
    try {
      const result = await deps.save(checked.settings);
      if (!result.ok) throw new Error('settings refused by the writer');
    } catch (error) {
      // storage.sync allows 120 writes a minute; past that (or offline quota trouble) the write
      // rejects. Storage still holds the previous value, so show that again.
      console.error('[nape] could not save settings', error);
      if (value === checked.settings) value = before;
      setStatus({ kind: 'write-failed', what });
      emit();
      return { ok: false, issues: [], writeFailed: true };
    }
    setStatus({ kind: 'saved', what });
    emit();
    return { ok: true };
  }

  return {
    get: () => value,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commit(what, change) {
      if (!value) return Promise.resolve({ ok: false, issues: [] });
      const draft = structuredClone(value);
      change(draft);
      return write(what, draft);
    },
    replace: write,
    refuse(what, problems) {
      setStatus({ kind: 'not-saved', what, problems });
      emit();
    },
    notify(text) {
      setStatus({ kind: 'notice', text });
      emit();
    },
    dispose() {
      unwatch();
      listeners.clear();
    },
  };
}
