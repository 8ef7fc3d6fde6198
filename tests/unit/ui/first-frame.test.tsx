import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { mountApp } from '@/src/ui/mount';
import { Shell } from '@/src/ui/Shell';
import { engineState, seedReturningUser, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

// popup.html draws a first frame before any script runs: the header every screen starts with.
// It must stay the header the app draws, or the popup would visibly change as the app takes over.

const POPUP_HTML = readFileSync('entrypoints/popup/index.html', 'utf8');
const appDiv = () => {
  const doc = new DOMParser().parseFromString(POPUP_HTML, 'text/html');
  return doc.getElementById('app') as HTMLElement;
};

describe("the popup's first frame", () => {
  it('is the header the app draws, in the same frame', () => {
    const { container } = render(
      <Shell layout="popup" footer={false}>
        {null}
      </Shell>,
    );
    const drawn = container.querySelector('.app') as HTMLElement;
    const first = appDiv().querySelector('.app') as HTMLElement;
    expect(first.className).toBe(drawn.className);
    expect(first.querySelector('header')?.outerHTML).toBe(drawn.querySelector('header')?.outerHTML);
  });

  it('shows the counting status without making an Intl object', async () => {
    // The first Intl object a fresh page process makes loads ICU's data: 16–33 ms of a cold
    // popup's opening in Chromium 156 (npm run bench, cold rows). The status a returning user sees
    // most often needs none; the day it counts comes from localDayKey. First in this file, so no
    // formatter cached by another test can hide one made here.
    const made = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat'].map((name) =>
      vi.spyOn(Intl, name as 'DateTimeFormat'),
    );
    await seedReturningUser(engineState());
    document.body.replaceChildren(appDiv());
    await act(() => mountApp('popup'));
    await screen.findByText('Next neck break in');
    expect(made.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
    act(() => preactRender(null, document.getElementById('app') as HTMLElement));
    await (await import('@/src/ui/hooks/use-routine-text')).preloadRoutineText();
  });

  it('stays until the stored status has been read, then the status replaces it at once (no "Loading…")', async () => {
    await seedReturningUser(engineState());
    document.body.replaceChildren(appDiv());
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.getElementById('app')?.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await act(() => mountApp('popup'));
    await screen.findByText('Next neck break in');
    observer.disconnect();
    expect(seen.some((text) => text.includes('Loading'))).toBe(false);
    expect(document.querySelectorAll('header')).toHaveLength(1);
    act(() => preactRender(null, document.getElementById('app') as HTMLElement));
    // What the status preloads for Start, let finish before the test's environment goes.
    await (await import('@/src/ui/hooks/use-routine-text')).preloadRoutineText();
  });
});
