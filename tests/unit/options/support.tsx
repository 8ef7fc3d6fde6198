import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '@/src/core/settings/schema';
import { type DayStats, emptyDay } from '@/src/core/stats/day-stats';
import { addDays, dayKey } from '@/src/core/time';
import { currentTimeZone } from '@/src/platform/locale';
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

/**
 * The History tests' clock: every test of the calling file sees `now` (Date only, so the page's
 * promises and storage events still run) and is cleaned up after. Returns today's day key, read
 * in the test's time zone when asked (tests stub it).
 */
export function fixedClock(now: number): () => string {
  beforeEach(() => {
    vi.useFakeTimers({ now, toFake: ['Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
  return () => dayKey(now, currentTimeZone());
}

/** Stores this device's history: each entry is the day `n` days before `today`, its other counters zero. */
export const seedDaysAgo = (today: string, days: Record<number, Partial<DayStats>>) =>
  fakeBrowser.storage.local.set({
    stats: {
      v: 1,
      days: Object.fromEntries(
        Object.entries(days).map(([n, day]) => [addDays(today, -Number(n)), { ...emptyDay(), ...day }]),
      ),
    },
  });

/** Renders the page on a tab and waits until its first field has the stored settings. */
export async function renderOptions(tab = 'breaks', save = saveSettings) {
  history.replaceState(null, '', `#${tab}`);
  const view = render(<OptionsApp save={save} />);
  await waitFor(() => expect(document.querySelector('[role="tabpanel"] h2')).toBeTruthy());
  if (tab !== 'history') await screen.findAllByRole(tab === 'data' ? 'button' : /checkbox|spinbutton|radio/);
  return view;
}

/** The value shown beside a term of the History tab's summary list. */
export const summary = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent;

/** The visible "Saved…" / "Not saved…" line. */
export const statusText = () => screen.getAllByRole('status')[0]?.textContent ?? '';

/** The message tied to a field through aria-describedby, when it is marked invalid. */
export function errorOf(field: HTMLElement): string | null {
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'));
  return error?.textContent ?? null;
}
