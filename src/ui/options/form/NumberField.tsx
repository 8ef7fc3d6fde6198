import { i18n } from '#i18n';
import { entryOf, type KeyOf } from '@/src/core/settings/entries';
import { getAt, setAt } from '@/src/core/settings/paths';
import { numberText } from '@/src/ui/format';
import { useSettings } from '@/src/ui/hooks/use-data';
import { describedBy, FieldNotes } from './FieldNotes';
import { fieldLabel } from './labels';
import { parseNumberText } from './parse-input';
import { fieldId } from './path';
import { useField } from './use-field';

interface Props {
  path: KeyOf<'whole' | 'decimal'>;
  /** Its label; by default the setting's own (form/labels.ts). */
  label?: string;
  step?: number;
  hint?: string;
}

/**
 * A number setting. The browser's min/max only style the box; the text is parsed here and the
 * whole settings validated before anything is written. Checked and saved on `change` (Enter,
 * leaving the box, the arrows), not on each keystroke: storage.sync allows 120 writes a minute.
 */
export function NumberField({ path, label: given, step = 1, hint }: Props) {
  // Its range, and whether it takes fractions, as the settings' table declares them.
  const limits = entryOf(path);
  const whole = limits.kind === 'whole';
  const label = given ?? fieldLabel(path);
  const settings = useSettings();
  const stored = settings ? String(getAt(settings, path)) : '';
  const field = useField(stored, label);
  const id = fieldId(path);
  const range = i18n.t('options.range', [numberText(limits.min), numberText(limits.max)]);
  const fullHint = hint ? `${range} ${hint}` : range;

  const onChange = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const text = input.value;
    const parsed = parseNumberText(text, input.validity?.badInput ?? false, whole);
    if (!parsed.ok) field.refuse(text, parsed.problem);
    else void field.commit(text, (draft) => setAt(draft, path, parsed.value));
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        min={limits.min}
        max={limits.max}
        step={step}
        value={field.shown}
        aria-invalid={field.invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, true, field.invalid)}
        onInput={(e) => field.edit((e.currentTarget as HTMLInputElement).value)}
        onChange={onChange}
      />
      <FieldNotes id={id} hint={fullHint} problems={field.problems} />
    </div>
  );
}
