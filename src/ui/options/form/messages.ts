import { i18n } from '#i18n';
import { numberText } from '@/src/ui/format';
import type { FieldProblem } from './settings-form';

/** The message for one problem, in the page's language. */
export function problemText(p: FieldProblem): string {
  const limit = numberText(p.limit ?? 0);
  switch (p.code) {
    case 'empty-number':
      return i18n.t('options.problem.emptyNumber');
    case 'empty-time':
      return i18n.t('options.problem.emptyTime');
    case 'not-number':
      return i18n.t('options.problem.notNumber');
    case 'integer':
      return i18n.t('options.problem.integer');
    case 'min':
      return i18n.t('options.problem.min', [limit]);
    case 'max':
      return i18n.t('options.problem.max', [limit]);
    case 'format':
      return i18n.t('options.problem.format');
    case 'choice':
      return i18n.t('options.problem.choice');
    case 'too-few':
      return i18n.t('options.problem.tooFew', [limit]);
    case 'too-many':
      return i18n.t('options.problem.tooMany', [limit]);
    case 'duplicate':
      return i18n.t('options.problem.duplicate');
    case 'snooze-default-not-offered':
      return i18n.t('options.problem.snoozeDefault');
    case 'no-working-day':
      return i18n.t('options.problem.noWorkingDay');
    default:
      return i18n.t('options.problem.type');
  }
}
