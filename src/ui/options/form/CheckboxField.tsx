import type { KeyOf } from '@/src/core/settings/entries';
import { getAt, setAt } from '@/src/core/settings/paths';
import { useSettings } from '@/src/ui/hooks/use-data';
import { describedBy, FieldNotes } from './FieldNotes';
import { fieldLabel } from './labels';
import { fieldId } from './path';
import { useField } from './use-field';

/**
 * An on/off setting, saved as soon as it is ticked (if the settings stay valid with it).
 * `onChosen` hears every tick and untick the user makes.
 */
export function CheckboxField({
  path,
  label: given,
  hint,
  onChosen,
}: {
  path: KeyOf<'toggle'>;
  /** Its label; by default the setting's own (form/labels.ts). */
  label?: string;
  hint?: string;
  onChosen?: (on: boolean) => void;
}) {
  const settings = useSettings();
  const label = given ?? fieldLabel(path);
  const field = useField(settings ? getAt(settings, path) : false, label);
  const id = fieldId(path);
  return (
    <div class="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={field.shown}
        aria-invalid={field.invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(hint), field.invalid)}
        onChange={(e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          onChosen?.(on);
          void field.commit(on, (draft) => setAt(draft, path, on));
        }}
      />
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} problems={field.problems} />
    </div>
  );
}
