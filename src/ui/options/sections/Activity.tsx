import { i18n } from '#i18n';
import { LIMITS } from '@/src/core/settings/schema';
import { CheckboxField } from '../form/CheckboxField';
import { NumberField } from '../form/NumberField';

export const IdleThreshold = () => (
  <NumberField
    path={['activity', 'idleThresholdSec']}
    limits={LIMITS.idleThresholdSec}
    hint={i18n.t('options.activity.idleHint')}
  />
);

export const AwayIsBreak = () => <CheckboxField path={['activity', 'awayIsBreak']} />;

export const AwayBreakLength = () => (
  <NumberField
    path={['activity', 'awayBreakMin']}
    limits={LIMITS.awayBreakMin}
    hint={i18n.t('options.activity.awayHint')}
  />
);

export function ActivitySection() {
  return (
    <>
      <p class="intro">{i18n.t('options.activity.intro')}</p>
      <IdleThreshold />
      <AwayIsBreak />
      <AwayBreakLength />
    </>
  );
}
