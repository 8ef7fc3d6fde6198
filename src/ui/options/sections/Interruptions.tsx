import { i18n } from '#i18n';
import { LIMITS } from '@/src/core/settings/schema';
import { CheckboxField } from '../form/CheckboxField';
import { NumberField } from '../form/NumberField';

export const FullscreenHold = () => <CheckboxField path={['fullscreenHold', 'enabled']} />;

export const FullscreenLimit = () => (
  <NumberField path={['fullscreenHold', 'maxMin']} limits={LIMITS.fullscreenHoldMin} />
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
