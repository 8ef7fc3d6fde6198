import { i18n } from '#i18n';
import { exportSettings } from '@/src/core/settings/import-export';
import { defaultSettings } from '@/src/core/settings/limits';
import { historyCsv } from '@/src/core/stats/csv';
import { exportHistoryJson } from '@/src/core/stats/export-history';
import { dayKey } from '@/src/core/time';
import { downloadText } from '@/src/platform/download';
import { currentTimeZone } from '@/src/platform/locale';
import { sendMessage } from '@/src/platform/protocol';
import { STORED } from '@/src/platform/storage-items';
import { useSettings } from '@/src/ui/hooks/use-data';
import { lazy } from '@/src/ui/lazy';
import { useForm } from '@/src/ui/options/form/context';
import { ConfirmAction } from './ConfirmAction';
import { ImportSettings } from './ImportSettings';

// Importing history loads on demand: the options page's startup budget is 38 KB gzip.
const ImportHistory = lazy(() => import('./ImportHistory').then((m) => m.ImportHistory));

const today = () => dayKey(Date.now(), currentTimeZone());

function Exports() {
  const settings = useSettings();
  const exportSettingsFile = () => {
    if (settings)
      downloadText(`nape-settings-${today()}.json`, exportSettings(settings, Date.now()), 'application/json');
  };
  // Read at the click, not from the page's copy: the engine adds to today every minute.
  const exportHistory = async (kind: 'csv' | 'json') => {
    const stats = await STORED.stats.load();
    if (kind === 'csv') downloadText(`nape-history-${today()}.csv`, historyCsv(stats, today()), 'text/csv');
    else {
      // The 30-day course travels in the file (loaded on demand: it is not on the page's startup path).
      const [course, { courseForFile }] = await Promise.all([
        STORED.course.load(),
        import('@/src/core/stats/history-import'),
      ]);
      const inFile = course ? courseForFile(course, stats, today()) : undefined;
      downloadText(
        `nape-history-${today()}.json`,
        exportHistoryJson(stats, Date.now(), inFile),
        'application/json',
      );
    }
  };
  return (
    <section class="data-block" aria-labelledby="export-title">
      <h3 id="export-title">{i18n.t('options.data.exportTitle')}</h3>
      <p class="hint">{i18n.t('options.data.exportHint')}</p>
      <div class="buttons">
        <button type="button" onClick={exportSettingsFile}>
          {i18n.t('options.data.exportSettings')}
        </button>
        <button type="button" onClick={() => void exportHistory('csv')}>
          {i18n.t('options.data.exportHistoryCsv')}
        </button>
        <button type="button" onClick={() => void exportHistory('json')}>
          {i18n.t('options.data.exportHistoryJson')}
        </button>
      </div>
    </section>
  );
}

export function DataPanel() {
  const form = useForm();
  return (
    <>
      <Exports />
      <ImportSettings />
      <ImportHistory />
      <ConfirmAction
        id="reset"
        title={i18n.t('options.data.resetTitle')}
        trigger={i18n.t('options.data.reset')}
        question={i18n.t('options.data.resetQuestion')}
        confirm={i18n.t('options.data.resetConfirm')}
        run={async () => {
          const title = i18n.t('options.data.resetTitle');
          const result = await form.commit(title, (draft) => Object.assign(draft, defaultSettings()));
          return result.ok ? i18n.t('options.data.resetDone') : i18n.t('options.status.writeFailed', [title]);
        }}
      />
      <ConfirmAction
        id="erase"
        title={i18n.t('options.data.eraseTitle')}
        trigger={i18n.t('options.data.erase')}
        question={i18n.t('options.data.eraseQuestion')}
        confirm={i18n.t('options.data.eraseConfirm')}
        run={async () => {
          // Through the background, inside the engine's queue: a direct write could land between
          // the engine's read and write of today's stats and be undone by it.
          try {
            await sendMessage('eraseHistory');
            return i18n.t('options.data.eraseDone');
          } catch (error) {
            console.error('[nape] could not erase the history', error);
            return i18n.t('options.data.eraseFailed');
          }
        }}
      />
    </>
  );
}
