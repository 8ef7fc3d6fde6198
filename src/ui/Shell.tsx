import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { extensionVersion } from '@/src/platform/manifest';
import { openSettingsPage } from '@/src/platform/pages';

export type Layout = 'popup' | 'window';

/** The frame around every screen: the name, the screen, and (outside the player) settings. */
export function Shell({
  layout,
  footer = true,
  children,
}: {
  layout: Layout;
  footer?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={`app app--${layout}`}>
      <header class="app-header">
        <img class="app-logo" src="/icons/32.png" width={20} height={20} alt="" />
        <h1>{i18n.t('extName')}</h1>
      </header>
      <main class="app-main">{children}</main>
      {footer && (
        <footer class="app-footer">
          <button type="button" class="link" onClick={() => void openSettingsPage()}>
            {i18n.t('popup.settings')}
          </button>
          <span class="muted">{i18n.t('ui.version', [extensionVersion()])}</span>
        </footer>
      )}
    </div>
  );
}
