import { i18n } from '#i18n';
import type { SettingsIssue } from '@/src/core/settings/issues';
import { pageLocale } from '../locale';
import type { FieldProblem } from './settings-form';

/** A number as the page's language writes it (0,5 in Russian). */
export const formatNumber = (n: number) => new Intl.NumberFormat(pageLocale()).format(n);

/** The message for one problem, in the page's language. */
export function problemText(p: FieldProblem): string {
  const limit = formatNumber(p.limit ?? 0);
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

/**
 * One problem per field and kind, the tightest limit kept: zod reports a huge whole number twice
 * (over our maximum and over the largest safe integer), and only ours means anything to a person.
 */
export function tidyIssues<T extends SettingsIssue | FieldProblem>(
  issues: readonly T[],
  pathOf: (i: T) => string = (i) => ('path' in i ? i.path.join('.') : ''),
): T[] {
  const kept = new Map<string, T>();
  for (const issue of issues) {
    const key = `${pathOf(issue)}|${issue.code}`;
    const before = kept.get(key);
    const tighter =
      before === undefined ||
      (issue.code === 'max' && (issue.limit ?? Infinity) < (before.limit ?? Infinity)) ||
      (issue.code === 'min' && (issue.limit ?? -Infinity) > (before.limit ?? -Infinity));
    if (tighter) kept.set(key, issue);
  }
  return [...kept.values()];
}
