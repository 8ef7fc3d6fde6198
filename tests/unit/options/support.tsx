import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '@/src/core/settings/schema';
import { saveSettings } from '@/src/platform/settings-writer';
import { OptionsApp } from '@/src/ui/options/OptionsApp';

// The options page against WXT's fakeBrowser (reset before every test by tests/setup): real
// storage items, real validation, real writer.

// fakeBrowser has no getManifest (the page's footer shows the version).
beforeEach(() => {
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Nape', version: '0.1.0' }),
  });
});

export { settingsWith } from '@/tests/support/settings';

export const seedSettings = (settings: Settings) => fakeBrowser.storage.sync.set({ settings });

/** All of storage.sync as text: "nothing written" is compared byte for byte. */
export const syncText = async () => JSON.stringify(await fakeBrowser.storage.sync.get(null));

export const storedSettings = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Settings;

/** Renders the page on a tab and waits until its first field has the stored settings. */
export async function renderOptions(tab = 'breaks', save = saveSettings) {
  history.replaceState(null, '', `#${tab}`);
  const view = render(<OptionsApp save={save} />);
  await waitFor(() => expect(document.querySelector('[role="tabpanel"] h2')).toBeTruthy());
  if (tab !== 'history') await screen.findAllByRole(tab === 'data' ? 'button' : /checkbox|spinbutton|radio/);
  return view;
}

/** The visible "Saved…" / "Not saved…" line. */
export const statusText = () => screen.getAllByRole('status')[0]?.textContent ?? '';

/** The message tied to a field through aria-describedby, when it is marked invalid. */
export function errorOf(field: HTMLElement): string | null {
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'));
  return error?.textContent ?? null;
}
