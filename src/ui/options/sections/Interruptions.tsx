import { i18n } from '#i18n';
import { LIMITS } from '@/src/core/settings/schema';
import { CheckboxField } from '../form/CheckboxField';
import { NumberField } from '../form/NumberField';

export const FullscreenHold = () => (
  <CheckboxField
    path={['fullscreenHold', 'enabled']}
    label={i18n.t('options.interruptions.fullscreenEnabled')}
  />
);

export const FullscreenLimit = () => (
  <NumberField
    path={['fullscreenHold', 'maxMin']}
    label={i18n.t('options.interruptions.fullscreenMax')}
    limits={LIMITS.fullscreenHoldMin}
  />
);

export function InterruptionsSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.interruptions.intro')}</p>
      <FullscreenHold />
      <FullscreenLimit />
    </>
  );
}
