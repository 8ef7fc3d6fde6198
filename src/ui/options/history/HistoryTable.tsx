import { i18n } from '#i18n';
import type { HistoryTotals, HistoryWindow } from '@/src/core/stats/history';
import { ROUTINE_COUNTERS } from '@/src/core/stats/routine-counters';
import { dayText, spanText } from '@/src/ui/format';

/** Each kind of routine with its counter, in the order of VARIANT_IDS (the popup's list). */
const KINDS = Object.entries(ROUTINE_COUNTERS) as [
  keyof typeof ROUTINE_COUNTERS,
  (typeof ROUTINE_COUNTERS)[keyof typeof ROUTINE_COUNTERS],
][];

/** "Full 2, Quick 1": the kinds done, by name and number; empty when none was. */
export const kindsText = (d: HistoryTotals): string =>
  KINDS.filter(([, counter]) => d[counter] > 0)
    .map(([kind, counter]) => `${i18n.t(`options.history.${kind}`)} ${d[counter]}`)
    .join(', ');

/** The charts' numbers as a table, newest day first, behind a disclosure: a column per kind. */
export function HistoryTable({ window: w }: { window: HistoryWindow }) {
  return (
    <details class="history-table">
      <summary>{i18n.t('options.history.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('options.history.date')}</th>
            <th scope="col">{i18n.t('options.history.screenTotal')}</th>
            <th scope="col">{i18n.t('options.history.routinesTotal')}</th>
            {KINDS.map(([kind]) => (
              <th key={kind} scope="col">
                {i18n.t(`options.history.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...w.days].reverse().map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayText(d.day, 'long')}</th>
              <td>{spanText(d.activeMs)}</td>
              <td>{d.routines}</td>
              {KINDS.map(([kind, counter]) => (
                <td key={kind}>{d[counter]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
