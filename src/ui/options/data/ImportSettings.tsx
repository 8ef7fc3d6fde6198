import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type ImportProblem,
  parseSettingsImport,
  SETTINGS_FILE_MAX_BYTES,
} from '@/src/core/settings/import-export';
import { readPickedFile } from '@/src/platform/read-file';
import { useSettings } from '@/src/ui/hooks/use-data';
import { useForm } from '@/src/ui/options/form/context';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { problemText } from '@/src/ui/options/form/messages';

type Outcome = { ok: true; ignored: string[] } | { ok: false; problems: string[] } | null;

const KB = String(SETTINGS_FILE_MAX_BYTES / 1024);

function problemLine(p: ImportProblem): string {
  switch (p.kind) {
    case 'too-large':
      return i18n.t('options.data.tooLarge', [KB]);
    case 'not-json':
      return i18n.t('options.data.notJson');
    case 'forbidden-key':
      return i18n.t('options.data.forbiddenKey', [p.path]);
    case 'not-settings-file':
      return i18n.t('options.data.notSettingsFile');
    case 'newer-version':
      return i18n.t('options.data.newerVersion');
    case 'no-settings':
      return i18n.t('options.data.noSettings');
    case 'invalid':
      return i18n.t('options.data.fieldProblem', [fieldLabel(p.issue.path), problemText(p.issue)]);
  }
}

/** One line per problem (the validation already gives one issue per field: core/settings/issues.ts). */
const problemLines = (problems: ImportProblem[]) => problems.map(problemLine);

/**
 * Import from a JSON file: refused with every reason listed and nothing written, or merged onto
 * the current settings and written whole (see core/settings/import-export.ts).
 */
export function ImportSettings() {
  const form = useForm();
  const current = useSettings();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const title = i18n.t('options.data.importTitle');

  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so picking the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file || !current) return;
    const read = await readPickedFile(file, SETTINGS_FILE_MAX_BYTES);
    if (!read.ok) {
      const line =
        read.reason === 'too-large'
          ? i18n.t('options.data.tooLarge', [KB])
          : i18n.t('options.data.unreadable');
      setOutcome({ ok: false, problems: [line] });
      return;
    }
    const { myRoutineIssues } = await import('@/src/core/settings/my-routine-rules');
    const result = parseSettingsImport(read.text, current, myRoutineIssues);
    if (!result.ok) {
      setOutcome({ ok: false, problems: problemLines(result.problems) });
      return;
    }
    const written = await form.replace(title, result.settings);
    if (written.ok) {
      setOutcome({ ok: true, ignored: result.ignored });
      form.notify(i18n.t('options.data.imported'));
    } else {
      setOutcome({ ok: false, problems: [i18n.t('options.status.writeFailed', [title])] });
    }
  };

  return (
    <section class="data-block" aria-labelledby="import-title">
      <h3 id="import-title">{title}</h3>
      <div class="field">
        <label for="import-file">{i18n.t('options.data.importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint import-result"
          onChange={(e) => void onPick(e.currentTarget as HTMLInputElement)}
        />
        <p id="import-hint" class="hint">
          {i18n.t('options.data.importHint')}
        </p>
      </div>
      <div id="import-result" class="import-result" role="status">
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
        {outcome?.ok && (
          <>
            <p>{i18n.t('options.data.imported')}</p>
            {outcome.ignored.length > 0 && (
              <p>{i18n.t('options.data.importIgnored', [outcome.ignored.join(', ')])}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
