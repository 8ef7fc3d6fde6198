import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Shortcut } from '@/src/core/shortcuts/shortcuts';
import { openShortcutSettings, type ShortcutKeys, shortcutKeys } from '@/src/platform/commands';
import { BROWSER_FAMILY } from '@/src/platform/notifications';
import './shortcuts.css';

// The keyboard shortcuts tab: each shortcut with the keys the browser has assigned it now, and how
// to change them. The browser owns the keys (its own settings page changes them), so the list is
// read again whenever the page comes back into view, as after a visit to that page.

const LABELS: Record<Shortcut, () => string> = {
  'start-routine': () => i18n.t('shortcuts.startRoutine'),
  'snooze-break': () => i18n.t('shortcuts.snoozeBreak'),
  'toggle-pause': () => i18n.t('shortcuts.togglePause'),
};

function useShortcutKeys(): ShortcutKeys[] | null {
  const [keys, setKeys] = useState<ShortcutKeys[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void shortcutKeys().then(
        (k) => live && setKeys(k),
        () => live && setKeys([]),
      );
    const onVisible = () => document.visibilityState === 'visible' && read();
    read();
    document.addEventListener('visibilitychange', onVisible);
    addEventListener('focus', read);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      removeEventListener('focus', read);
    };
  }, []);
  return keys;
}

export function ShortcutsPanel() {
  const keys = useShortcutKeys();
  const [openFailed, setOpenFailed] = useState(false);
  const open = async () => setOpenFailed(!(await openShortcutSettings(BROWSER_FAMILY)));
  return (
    <>
      <p class="intro">{i18n.t('shortcuts.intro')}</p>
      {keys && (
        <table class="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('shortcuts.action')}</th>
              <th scope="col">{i18n.t('shortcuts.keys')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map(({ shortcut, keys: assigned }) => (
              <tr key={shortcut}>
                <th scope="row">{LABELS[shortcut]()}</th>
                <td>{assigned ? <kbd>{assigned}</kbd> : i18n.t('shortcuts.notSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {keys?.some((k) => k.keys === null) && <p class="hint">{i18n.t('shortcuts.notSetHint')}</p>}
      <p>
        {BROWSER_FAMILY === 'firefox' ? i18n.t('shortcuts.changeFirefox') : i18n.t('shortcuts.changeChrome')}
      </p>
      <div class="buttons">
        <button type="button" onClick={() => void open()}>
          {i18n.t('shortcuts.open')}
        </button>
      </div>
      {openFailed && (
        <p role="alert" class="alert error">
          {i18n.t('shortcuts.openFailed')}
        </p>
      )}
    </>
  );
}
