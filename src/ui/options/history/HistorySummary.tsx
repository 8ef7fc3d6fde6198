import { i18n } from '#i18n';
import type { HistoryWindow } from '@/src/core/stats/history';
import { spanText } from '@/src/ui/format';

/** Streaks and the window's totals, as a list of labelled numbers. */
export function HistorySummary({ window: w }: { window: HistoryWindow }) {
  const items: [string, string][] = [
    [i18n.t('options.history.streakCurrent'), String(w.streak.current)],
    [i18n.t('options.history.streakBest'), String(w.streak.best)],
    [i18n.t('options.history.screenTotal'), spanText(w.totals.activeMs)],
    [i18n.t('options.history.screenAverage'), spanText(w.totals.activeMs / w.days.length)],
    [i18n.t('options.history.routinesTotal'), String(w.totals.routines)],
    [i18n.t('options.history.naturalBreaks'), String(w.totals.naturalBreaks)],
  ];
  return (
    <>
      <dl class="summary">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="goal-days">
        {i18n.t('options.history.goalDays', [String(w.goalDays), String(w.days.length)])}
      </p>
    </>
  );
}
