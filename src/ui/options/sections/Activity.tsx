import { i18n } from '#i18n';
import { SettingFields } from '@/src/ui/options/form/SettingFields';

export function ActivitySection() {
  return (
    <>
      <p class="intro">{i18n.t('options.activity.intro')}</p>
      <SettingFields
        tab="activity"
        shown={{
          'activity.idleThresholdSec': { hint: i18n.t('options.activity.idleHint') },
          'activity.awayBreakMin': { hint: i18n.t('options.activity.awayHint') },
        }}
      />
    </>
  );
}
