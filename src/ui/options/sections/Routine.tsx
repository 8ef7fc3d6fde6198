import { i18n } from '#i18n';
import { entryOf } from '@/src/core/settings/entries';
import { pageLanguage } from '@/src/platform/locale';
import { markVoiceAsked } from '@/src/platform/voice-choice';
import { useSettings } from '@/src/ui/hooks/use-data';
import { useVoiceStatus } from '@/src/ui/hooks/use-voice-status';
import { lazy } from '@/src/ui/lazy';
import { CheckboxField } from '@/src/ui/options/form/CheckboxField';
import { describedBy, FieldNotes } from '@/src/ui/options/form/FieldNotes';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { fieldId } from '@/src/ui/options/form/path';
import { SettingFields } from '@/src/ui/options/form/SettingFields';
import { useField } from '@/src/ui/options/form/use-field';

export function DefaultVariant() {
  const legend = fieldLabel(['routine', 'defaultVariant']);
  const field = useField<string>(useSettings()?.routine.defaultVariant ?? '', legend);
  const id = fieldId(['routine', 'defaultVariant']);
  return (
    <fieldset class="field" aria-describedby={describedBy(id, false, field.invalid)}>
      <legend>{legend}</legend>
      <div class="choices">
        {entryOf(['routine', 'defaultVariant']).options.map((key) => (
          <span class="choice" key={key}>
            <input
              id={`${id}-${key}`}
              type="radio"
              name={id}
              value={key}
              checked={field.shown === key}
              // A click, not a change: choosing again the one a refusal left ticked (My routine
              // before one was saved) tries again. Arrow keys click the radio they select. The
              // choice already saved is not written again (a storage.sync write, and a wake).
              onClick={() => {
                if (key === field.shown && !field.invalid) return;
                void field.commit(key, (draft) => {
                  draft.routine.defaultVariant = key;
                });
              }}
            />
            <label for={`${id}-${key}`}>{i18n.t(`options.routine.${key}`)}</label>
          </span>
        ))}
      </div>
      <FieldNotes id={id} problems={field.problems} />
    </fieldset>
  );
}

/**
 * Voice guidance. Choosing here settles the first routine's voice question too (the user has found
 * the voice), and a browser with no voice for the language is named here as in the player.
 */
export function Voice() {
  const on = useSettings()?.routine.voice === true;
  const status = useVoiceStatus(pageLanguage(), on);
  return (
    <>
      <CheckboxField
        path={['routine', 'voice']}
        hint={i18n.t('voice.optionsHint')}
        onChosen={() => void markVoiceAsked(Date.now())}
      />
      {on && status === 'missing' && <p class="hint">{i18n.t('voice.missing')}</p>}
    </>
  );
}

/** "My routine"'s builder, with its pictures and the steps' names: loaded when the tab shows it. */
const Builder = lazy(() =>
  import('@/src/ui/options/builder/MyRoutineBuilder').then((m) => m.MyRoutineBuilder),
);

/** The setting's place on the tab, there at once; the builder fills it when it has loaded. */
const MyRoutine = () => (
  <div id={fieldId(['routine', 'mine'])}>
    <Builder />
  </div>
);

export function RoutineSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.routine.intro')}</p>
      <SettingFields
        tab="routine"
        shown={{
          'routine.defaultVariant': DefaultVariant,
          'routine.voice': Voice,
          'routine.voiceRate': { step: 0.1, hint: i18n.t('options.routine.voiceRateHint') },
          'routine.mine': MyRoutine,
        }}
      />
    </>
  );
}
