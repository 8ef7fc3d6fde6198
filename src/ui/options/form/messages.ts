import { i18n } from '#i18n';
import { numberText } from '@/src/ui/format';
import type { FieldProblem } from './settings-form';

/** The message for one problem, in the page's language. */
export function problemText(p: FieldProblem): string {
  const limit = numberText(p.limit ?? 0);
  const step = numberText(p.step ?? 0);
  const minutes = numberText((p.limit ?? 0) / 60);
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
    case 'mine-empty':
      return i18n.t('options.problem.mineEmpty');
    case 'mine-unknown-step':
      return i18n.t('options.problem.mineUnknownStep', [step]);
    case 'mine-repeated':
      return i18n.t('options.problem.mineRepeated', [step]);
    case 'mine-posture-first':
      return i18n.t('options.problem.minePostureFirst');
    case 'mine-exercise-after-massage':
      return i18n.t('options.problem.mineExerciseAfterMassage', [step]);
    case 'mine-stroke-open':
      return i18n.t('options.problem.mineStrokeOpen', [step]);
    case 'mine-stroke-close':
      return i18n.t('options.problem.mineStrokeClose', [step]);
    case 'mine-missing-twin':
      return i18n.t('options.problem.mineMissingTwin', [step]);
    case 'mine-step-short':
      return i18n.t('options.problem.mineStepShort', [step, limit]);
    case 'mine-step-long':
      return i18n.t('options.problem.mineStepLong', [step, limit]);
    case 'mine-step-whole':
      return i18n.t('options.problem.mineStepWhole', [step]);
    case 'mine-total-short':
      return i18n.t('options.problem.mineTotalShort', [minutes]);
    case 'mine-total-long':
      return i18n.t('options.problem.mineTotalLong', [minutes]);
    case 'mine-not-saved':
      return i18n.t('options.problem.mineNotSaved');
    default:
      return i18n.t('options.problem.type');
  }
}
