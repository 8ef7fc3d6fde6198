import { problemText } from './messages';
import type { FieldProblem } from './settings-form';

/** The ids a field's `aria-describedby` lists: its hint, and its message while it has one. */
export const describedBy = (id: string, hint: boolean, invalid: boolean) =>
  [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;

/** A field's hint and, while its value is refused, the reason, each with the id the field points at. */
export function FieldNotes({ id, hint, problems }: { id: string; hint?: string; problems: FieldProblem[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <p id={`${id}-error`} class="error">
          {problems.map(problemText).join(' ')}
        </p>
      )}
    </>
  );
}
