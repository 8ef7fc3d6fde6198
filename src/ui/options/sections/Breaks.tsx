import { i18n } from '#i18n';
import { NumberField } from '@/src/ui/options/form/NumberField';
import { SettingFields } from '@/src/ui/options/form/SettingFields';

/** The two intervals people change most, on the welcome page too. */
export const NeckInterval = () => <NumberField path={['neckBreak', 'intervalMin']} />;
export const PostureInterval = () => <NumberField path={['postureCheck', 'intervalMin']} />;

export function BreaksSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.breaks.intro')}</p>
      <SettingFields
        tab="breaks"
        shown={{ 'postureCheck.enabled': { hint: i18n.t('options.breaks.postureHint') } }}
      />
    </>
  );
}
