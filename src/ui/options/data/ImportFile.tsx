import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { readPickedFile } from '@/src/platform/read-file';

// The one "pick a file, read it, show why it was refused or that it is done" flow of the Data tab:
// importing settings and importing history differ only in what they do with the text, so the
// picking, the size limit, the refusal list and the live region are written once here and read
// the same way by a screen reader in both blocks.

/** What an import made of the file: the lines saying it is done, or every reason it was refused. */
export type ImportOutcome = { ok: true; done: string[] } | { ok: false; problems: string[] };

export function ImportFile(props: {
  /** Prefix of the block's element ids (`<id>-file`, `<id>-result`…): tests and labels find them. */
  id: string;
  title: string;
  label: string;
  hint: ComponentChildren;
  maxBytes: number;
  /** The file's text, checked and applied; null when there is nothing to do yet (no outcome shown). */
  apply: (text: string) => Promise<ImportOutcome | null>;
}) {
  const { id, maxBytes, apply } = props;
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so picking the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const read = await readPickedFile(file, maxBytes);
    if (!read.ok) {
      const line =
        read.reason === 'too-large'
          ? i18n.t('options.data.tooLarge', [String(maxBytes / 1024)])
          : i18n.t('options.data.unreadable');
      setOutcome({ ok: false, problems: [line] });
      return;
    }
    const next = await apply(read.text);
    if (next) setOutcome(next);
  };
  return (
    <section class="data-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      <div class="field">
        <label for={`${id}-file`}>{props.label}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint ${id}-result`}
          onChange={(e) => void onPick(e.currentTarget as HTMLInputElement)}
        />
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      </div>
      <div id={`${id}-result`} class="import-result" role="status">
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
        {outcome?.ok && outcome.done.map((line) => <p key={line}>{line}</p>)}
      </div>
    </section>
  );
}
