import { i18n } from '#i18n';
import {
  HISTORY_FILE_MAX_BYTES,
  type HistoryImportProblem,
  parseHistoryFile,
} from '@/src/core/stats/history-import';
import { dayKey } from '@/src/core/time';
import { saveImportedCourse } from '@/src/platform/course-writer';
import { currentTimeZone } from '@/src/platform/locale';
import { sendMessage } from '@/src/platform/protocol';
import { dayText } from '@/src/ui/format';
import { ImportFile, type ImportOutcome } from './ImportFile';

// Import of a history file (Export history (JSON)), a chunk of its own: the options page's startup
// budget is 38 KB gzip. Checked whole first; refused with every reason, nothing written; or its
// days added through the background (in the engine's queue, as every write of the history is)
// and its 30-day course put back, unless another course is under way here.

const KB = String(HISTORY_FILE_MAX_BYTES / 1024);

function problemLine(p: HistoryImportProblem): string {
  switch (p.kind) {
    case 'not-json':
      return i18n.t('options.data.notJson');
    case 'not-history-file':
      return i18n.t('options.historyImport.notHistoryFile');
    case 'newer-version':
      return i18n.t('options.data.newerVersion');
    case 'bad-day':
      return i18n.t('options.historyImport.badDay', [p.day]);
    case 'day-in-future':
      return i18n.t('options.historyImport.dayInFuture', [p.day]);
    case 'bad-course':
      return i18n.t('options.historyImport.badCourse');
    case 'course-in-future':
      return i18n.t('options.historyImport.courseInFuture', [p.start]);
    case 'course-too-many-days':
      return i18n.t('options.historyImport.courseTooManyDays', [String(p.counted), String(p.possible)]);
  }
}

export function ImportHistory() {
  const apply = async (text: string): Promise<ImportOutcome> => {
    const result = parseHistoryFile(text, dayKey(Date.now(), currentTimeZone()));
    if (!result.ok) return { ok: false, problems: result.problems.map(problemLine) };
    try {
      await sendMessage('importHistory', result.stats.days);
      const kept = await saveImportedCourse(result.course);
      const done = [i18n.t('options.historyImport.done')];
      if (kept) done.push(i18n.t('options.historyImport.courseKept', [dayText(kept, 'long')]));
      return { ok: true, done };
    } catch (error) {
      console.error('[nape] history import failed', error);
      return { ok: false, problems: [i18n.t('options.historyImport.failed')] };
    }
  };
  return (
    <ImportFile
      id="import-history"
      title={i18n.t('options.historyImport.title')}
      label={i18n.t('options.historyImport.label', [KB])}
      hint={i18n.t('options.historyImport.hint')}
      maxBytes={HISTORY_FILE_MAX_BYTES}
      apply={apply}
    />
  );
}
