import { i18n } from '#i18n';
import type { HistoryWindow } from '@/src/core/stats/history';
import { dayText, spanText } from '@/src/ui/format';

/** The charts' numbers as a table, newest day first, behind a disclosure. */
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
            <th scope="col">{i18n.t('options.history.full')}</th>
            <th scope="col">{i18n.t('options.history.quick')}</th>
          </tr>
        </thead>
        <tbody>
          {[...w.days].reverse().map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayText(d.day, 'long')}</th>
              <td>{spanText(d.activeMs)}</td>
              <td>{d.routines}</td>
              <td>{d.routinesFull}</td>
              <td>{d.routinesQuick}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
