import { useRef, useState } from 'preact/hooks';
import type { Settings } from '@/src/core/settings/schema';
import { useForm } from './context';
import type { FieldProblem } from './settings-form';

/**
 * A field's own state on top of the stored value. While the user has something of their own in
 * the field (text being typed, or a value that was refused), the field shows that, and a change
 * arriving from another window or device does not overwrite it; otherwise it shows what storage
 * holds.
 *
 * `D` is what the field displays: text for boxes, a boolean for a checkbox, a list for a group.
 */
export function useField<D>(stored: D, what: string) {
  const form = useForm();
  const [draft, setDraft] = useState<{ value: D } | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // Answers to the user's entries, counted: a write can finish after a later entry was already
  // answered (refused at once), and must not clear that answer.
  const answers = useRef(0);

  const refuse = (value: D, found: FieldProblem[]) => {
    answers.current++;
    setDraft({ value });
    setProblems(found);
    form.refuse(what, found);
  };

  return {
    shown: draft ? draft.value : stored,
    problems,
    invalid: problems.length > 0,
    /** The user is typing: keep the text, check and save it on `change`. */
    edit(value: D) {
      setDraft({ value });
    },
    refuse(value: D, problem: FieldProblem) {
      refuse(value, [problem]);
    },
    /** Validates the change with every other setting as stored and saves it when all is valid. */
    async commit(value: D, change: (draft: Settings) => void) {
      const answer = ++answers.current;
      const result = await form.commit(what, change);
      if (answer !== answers.current) return;
      if (result.ok) {
        setDraft(null);
        setProblems([]);
      } else {
        setDraft({ value });
        setProblems(result.issues);
      }
    },
  };
}
