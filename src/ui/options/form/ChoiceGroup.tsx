import type { Settings } from '@/src/core/settings/schema';
import { describedBy, FieldNotes } from './FieldNotes';
import { useField } from './use-field';

interface Props<K extends string | number> {
  /** Base of the element ids. */
  id: string;
  legend: string;
  hint?: string;
  options: readonly { key: K; label: string }[];
  /** The keys ticked in storage. */
  stored: readonly K[];
  /** Puts a list of ticked keys into a draft of the settings. */
  apply(draft: Settings, ticked: K[]): void;
}

/**
 * A set of checkboxes that is one setting (which snooze lengths are offered, which days are
 * working days): each tick is a change of the whole set, validated as one (at least one, at most
 * four, the default among them…), and a refused set stays ticked as the user left it.
 */
export function ChoiceGroup<K extends string | number>({
  id,
  legend,
  hint,
  options,
  stored,
  apply,
}: Props<K>) {
  const field = useField<readonly K[]>(stored, legend);
  const describe = describedBy(id, Boolean(hint), field.invalid);
  return (
    <fieldset class="field choice-group" aria-describedby={describe}>
      <legend>{legend}</legend>
      <div class="choices">
        {options.map((o) => (
          <span class="choice" key={o.key}>
            <input
              id={`${id}-${o.key}`}
              type="checkbox"
              checked={field.shown.includes(o.key)}
              aria-invalid={field.invalid ? 'true' : undefined}
              aria-describedby={field.invalid ? `${id}-error` : undefined}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const ticked = options
                  .map((x) => x.key)
                  .filter((k) => (k === o.key ? on : field.shown.includes(k)));
                void field.commit(ticked, (draft) => apply(draft, ticked));
              }}
            />
            <label for={`${id}-${o.key}`}>{o.label}</label>
          </span>
        ))}
      </div>
      <FieldNotes id={id} hint={hint} problems={field.problems} />
    </fieldset>
  );
}
