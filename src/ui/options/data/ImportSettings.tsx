import { i18n } from '#i18n';
import {
  type ImportProblem,
  parseSettingsImport,
  SETTINGS_FILE_MAX_BYTES,
} from '@/src/core/settings/import-export';
import { useSettings } from '@/src/ui/hooks/use-data';
import { useForm } from '@/src/ui/options/form/context';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { problemText } from '@/src/ui/options/form/messages';
import { ImportFile, type ImportOutcome } from './ImportFile';

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
  const title = i18n.t('options.data.importTitle');

  const apply = async (text: string): Promise<ImportOutcome | null> => {
    if (!current) return null;
    const { myRoutineIssues } = await import('@/src/core/settings/my-routine-rules');
    const result = parseSettingsImport(text, current, myRoutineIssues);
    if (!result.ok) return { ok: false, problems: problemLines(result.problems) };
    const written = await form.replace(title, result.settings);
    if (!written.ok) return { ok: false, problems: [i18n.t('options.status.writeFailed', [title])] };
    form.notify(i18n.t('options.data.imported'));
    const done = [i18n.t('options.data.imported')];
    if (result.ignored.length > 0)
      done.push(i18n.t('options.data.importIgnored', [result.ignored.join(', ')]));
    return { ok: true, done };
  };

  return (
    <ImportFile
      id="import"
      title={title}
      label={i18n.t('options.data.importLabel')}
      hint={i18n.t('options.data.importHint')}
      maxBytes={SETTINGS_FILE_MAX_BYTES}
      apply={apply}
    />
  );
}
