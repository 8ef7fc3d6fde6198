import { i18n } from '#i18n';
import { useSaveStatus } from './form/context';
import { problemText } from './form/messages';
import type { SaveStatus } from './form/settings-form';

function statusText(s: SaveStatus): string {
  switch (s.kind) {
    case 'saved':
      return i18n.t('options.status.saved', [s.what]);
    case 'not-saved':
      return i18n.t('options.status.notSaved', [s.what, s.problems.map(problemText).join(' ')]);
    case 'write-failed':
      return i18n.t('options.status.writeFailed', [s.what]);
    case 'notice':
      return s.text;
  }
}

/**
 * "Saved: …" after each write, "Not saved: …" after a refusal: one polite live region, always in
 * the page so screen readers hear every change. Each message is a new node (keyed by a counter),
 * so saving the same field twice is announced twice.
 */
export function StatusLine() {
  const status = useSaveStatus();
  const kind = status?.value.kind ?? 'none';
  return (
    <p class={`status status--${kind}`} role="status">
      {status && <span key={status.n}>{statusText(status.value)}</span>}
    </p>
  );
}
