import { getAt, type PathTo, setAt } from '@/src/core/settings/paths';
import { useSettings } from '@/src/ui/hooks/use-data';
import { describedBy, FieldNotes } from './FieldNotes';
import { parseTimeText } from './parse-input';
import { fieldId } from './path';
import { useField } from './use-field';

/** A time of day (`HH:MM`). The label is for screen readers; the row around it shows the day. */
export function TimeField({ path, label }: { path: PathTo<string>; label: string }) {
  const settings = useSettings();
  const field = useField(settings ? getAt(settings, path) : '', label);
  const id = fieldId(path);
  return (
    <span class="time-field">
      <label for={id} class="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="time"
        value={field.shown}
        aria-invalid={field.invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, false, field.invalid)}
        onInput={(e) => field.edit((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          const parsed = parseTimeText(text);
          if (!parsed.ok) field.refuse(text, parsed.problem);
          else void field.commit(text, (draft) => setAt(draft, path, parsed.value));
        }}
      />
      <FieldNotes id={id} problems={field.problems} />
    </span>
  );
}
