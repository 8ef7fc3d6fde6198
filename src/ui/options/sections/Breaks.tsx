import { i18n } from '#i18n';
import { LIMITS } from '@/src/core/settings/schema';
import { CheckboxField } from '../form/CheckboxField';
import { NumberField } from '../form/NumberField';

export const NeckBreakToggle = () => <CheckboxField path={['neckBreak', 'enabled']} />;

export const NeckInterval = () => (
  <NumberField path={['neckBreak', 'intervalMin']} limits={LIMITS.neckIntervalMin} />
);

export const PostureToggle = () => (
  <CheckboxField path={['postureCheck', 'enabled']} hint={i18n.t('options.breaks.postureHint')} />
);

export const PostureInterval = () => (
  <NumberField path={['postureCheck', 'intervalMin']} limits={LIMITS.postureIntervalMin} />
);

export function BreaksSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.breaks.intro')}</p>
      <NeckBreakToggle />
      <NeckInterval />
      <PostureToggle />
      <PostureInterval />
    </>
  );
}
