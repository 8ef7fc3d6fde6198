import { i18n } from '#i18n';
import { SettingFields } from '@/src/ui/options/form/SettingFields';

export function InterruptionsSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.interruptions.intro')}</p>
      <SettingFields tab="interruptions" />
    </>
  );
}
