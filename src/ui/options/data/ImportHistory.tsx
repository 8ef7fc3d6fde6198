import { useState } from 'preact/hooks';
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
import { readPickedFile } from '@/src/platform/read-file';
import { STORED } from '@/src/platform/storage-items';
import { dayText } from '@/src/ui/format';

// Import of a history file (Export history (JSON)), a chunk of its own: the options page's startup
// budget is 38 KB gzip. Checked whole first; refused with every reason, nothing written; or its
// days added through the background (in the engine's queue, as every write of the history is)
// and its 30-day course put back, unless another course is under way here.

type Outcome = { ok: true; courseKept: string | null } | { ok: false; problems: string[] } | null;

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
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readPickedFile(file, HISTORY_FILE_MAX_BYTES);
    if (!read.ok) {
      const line =
        read.reason === 'too-large'
          ? i18n.t('options.data.tooLarge', [KB])
          : i18n.t('options.data.unreadable');
      setOutcome({ ok: false, problems: [line] });
      return;
    }
    const result = parseHistoryFile(read.text, dayKey(Date.now(), currentTimeZone()));
    if (!result.ok) {
      setOutcome({ ok: false, problems: result.problems.map(problemLine) });
      return;
    }
    try {
      await sendMessage('importHistory', result.stats.days);
      // A course already here is kept (nothing saved is lost); the file's comes back when there is
      // none, or when it is the same course (its finish celebrated on either side stays so).
      const current = await STORED.course.load();
      const file = result.course;
      if (file && (!current || current.start === file.start))
        await saveImportedCourse({ ...file, celebrated: file.celebrated || current?.celebrated === true });
      const kept = file && current && current.start !== file.start ? current.start : null;
      setOutcome({ ok: true, courseKept: kept });
    } catch (error) {
      console.error('[nape] history import failed', error);
      setOutcome({ ok: false, problems: [i18n.t('options.historyImport.failed')] });
    }
  };
  return (
    <section class="data-block" aria-labelledby="import-history-title">
      <h3 id="import-history-title">{i18n.t('options.historyImport.title')}</h3>
      <div class="field">
        <label for="import-history-file">{i18n.t('options.historyImport.label', [KB])}</label>
        <input
          id="import-history-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-history-hint import-history-result"
          onChange={(e) => void onPick(e.currentTarget as HTMLInputElement)}
        />
        <p id="import-history-hint" class="hint">
          {i18n.t('options.historyImport.hint')}
        </p>
      </div>
      <div id="import-history-result" class="import-result" role="status">
        {outcome?.ok === false && (
          <div class="error">
            <p>{i18n.t('options.data.importRefused')}</p>
            <ul>
              {outcome.problems.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.ok && <p>{i18n.t('options.historyImport.done')}</p>}
        {outcome?.ok && outcome.courseKept && (
          <p>{i18n.t('options.historyImport.courseKept', [dayText(outcome.courseKept, 'long')])}</p>
        )}
      </div>
    </section>
  );
}
