import { i18n } from '#i18n';
import { LIMITS } from '@/src/core/settings/limits';
import { useSettings } from '@/src/ui/hooks/use-data';
import { ChoiceGroup } from '@/src/ui/options/form/ChoiceGroup';
import { describedBy, FieldNotes } from '@/src/ui/options/form/FieldNotes';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { fieldId } from '@/src/ui/options/form/path';
import { SettingFields } from '@/src/ui/options/form/SettingFields';
import { useField } from '@/src/ui/options/form/use-field';

/** The lengths offered to pick from; a stored length outside it (from an import) is listed too. */
export const SNOOZE_MENU = [5, 10, 15, 20, 30, 45, 60] as const;

const minutesLabel = (m: number) => i18n.t('options.snooze.choice', [String(m)]);

export function SnoozeChoices() {
  const stored = useSettings()?.snooze.choicesMin ?? [];
  const menu = [...new Set([...SNOOZE_MENU, ...stored])].sort((a, b) => a - b);
  return (
    <ChoiceGroup
      id={fieldId(['snooze', 'choicesMin'])}
      legend={fieldLabel(['snooze', 'choicesMin'])}
      hint={i18n.t('options.snooze.choicesHint', [
        String(LIMITS.snooze.choicesMin.minItems),
        String(LIMITS.snooze.choicesMin.maxItems),
      ])}
      options={menu.map((m) => ({ key: m, label: minutesLabel(m) }))}
      stored={stored}
      apply={(draft, ticked) => {
        draft.snooze.choicesMin = ticked;
      }}
    />
  );
}

/** The default among the offered lengths: the notification's Snooze button uses it. */
export function SnoozeDefault() {
  const settings = useSettings();
  const label = fieldLabel(['snooze', 'defaultMin']);
  const field = useField(String(settings?.snooze.defaultMin ?? ''), label);
  const id = fieldId(['snooze', 'defaultMin']);
  const offered = settings?.snooze.choicesMin ?? [];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={field.shown}
        aria-invalid={field.invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, true, field.invalid)}
        onChange={(e) => {
          const text = (e.currentTarget as HTMLSelectElement).value;
          void field.commit(text, (draft) => {
            draft.snooze.defaultMin = Number(text);
          });
        }}
      >
        {offered.map((m) => (
          <option key={m} value={String(m)}>
            {minutesLabel(m)}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={i18n.t('options.snooze.defaultHint')} problems={field.problems} />
    </div>
  );
}

export function SnoozeSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.snooze.intro')}</p>
      <SettingFields
        tab="snooze"
        shown={{
          'snooze.choicesMin': SnoozeChoices,
          'snooze.defaultMin': SnoozeDefault,
          'snooze.maxPerBreak': { hint: i18n.t('options.snooze.maxPerBreakHint') },
        }}
      />
    </>
  );
}
