import { i18n } from '#i18n';
import type { VariantId } from '@/src/core/routine/plan';
import { LIMITS } from '@/src/core/settings/schema';
import { pageLanguage } from '@/src/platform/locale';
import { markVoiceAsked } from '@/src/platform/voice-choice';
import { useSettings } from '../../hooks/use-data';
import { useVoiceStatus } from '../../hooks/use-voice-status';
import { CheckboxField } from '../form/CheckboxField';
import { describedBy, FieldNotes } from '../form/FieldNotes';
import { fieldLabel } from '../form/labels';
import { NumberField } from '../form/NumberField';
import { fieldId } from '../form/path';
import { useField } from '../form/use-field';

const VARIANTS: { key: VariantId; label: () => string }[] = [
  { key: 'full', label: () => i18n.t('options.routine.full') },
  { key: 'quick', label: () => i18n.t('options.routine.quick') },
];

export function DefaultVariant() {
  const legend = fieldLabel(['routine', 'defaultVariant']);
  const field = useField<string>(useSettings()?.routine.defaultVariant ?? '', legend);
  const id = fieldId(['routine', 'defaultVariant']);
  return (
    <fieldset class="field" aria-describedby={describedBy(id, false, field.invalid)}>
      <legend>{legend}</legend>
      <div class="choices">
        {VARIANTS.map((v) => (
          <span class="choice" key={v.key}>
            <input
              id={`${id}-${v.key}`}
              type="radio"
              name={id}
              value={v.key}
              checked={field.shown === v.key}
              onChange={() =>
                void field.commit(v.key, (draft) => {
                  draft.routine.defaultVariant = v.key;
                })
              }
            />
            <label for={`${id}-${v.key}`}>{v.label()}</label>
          </span>
        ))}
      </div>
      <FieldNotes id={id} problems={field.problems} />
    </fieldset>
  );
}

export const DailyGoal = () => <NumberField path={['routine', 'dailyGoal']} limits={LIMITS.dailyGoal} />;

export const Chime = () => <CheckboxField path={['routine', 'chime']} />;

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

export const VoiceRate = () => (
  <NumberField
    path={['routine', 'voiceRate']}
    limits={LIMITS.voiceRate}
    whole={false}
    step={0.1}
    hint={i18n.t('options.routine.voiceRateHint')}
  />
);

export function RoutineSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.routine.intro')}</p>
      <DefaultVariant />
      <DailyGoal />
      <Chime />
      <Voice />
      <VoiceRate />
    </>
  );
}
