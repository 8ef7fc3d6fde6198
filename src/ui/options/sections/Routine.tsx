import { i18n } from '#i18n';
import { LIMITS, type RoutineVariant } from '@/src/core/settings/schema';
import { CheckboxField } from '../form/CheckboxField';
import { useSettings } from '../form/context';
import { describedBy, FieldNotes } from '../form/FieldNotes';
import { NumberField } from '../form/NumberField';
import { fieldId } from '../form/path';
import { useField } from '../form/use-field';

const VARIANTS: { key: RoutineVariant; label: () => string }[] = [
  { key: 'full', label: () => i18n.t('options.routine.full') },
  { key: 'quick', label: () => i18n.t('options.routine.quick') },
];

export function DefaultVariant() {
  const legend = i18n.t('options.routine.variant');
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

export const DailyGoal = () => (
  <NumberField
    path={['routine', 'dailyGoal']}
    label={i18n.t('options.routine.goal')}
    limits={LIMITS.dailyGoal}
  />
);

export const Chime = () => (
  <CheckboxField path={['routine', 'chime']} label={i18n.t('options.routine.chime')} />
);

export const Voice = () => (
  <CheckboxField path={['routine', 'voice']} label={i18n.t('options.routine.voice')} />
);

export const VoiceRate = () => (
  <NumberField
    path={['routine', 'voiceRate']}
    label={i18n.t('options.routine.voiceRate')}
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
