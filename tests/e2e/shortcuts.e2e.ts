import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState } from '@/src/core/schedule/state';
import { dueState } from './support/engine-fixtures';
import { type Extension, launchExtension } from './support/extension';
import { axeViolations } from './support/options-page';
import { acknowledgeSafety, rememberVoiceAnswer } from './support/popup-page';

// The keyboard shortcuts in the built extension: registered by the manifest with their suggested
// keys (which Chromium assigns only when they are none of its own), and pressed for real. A key
// event sent through the DevTools protocol (Input.dispatchKeyEvent, as a raw key-down with no
// text) goes through the browser's own shortcut handling, like a key typed on a keyboard, and
// Chromium turns it into `commands.onCommand` in the service worker: no test-only code path.

const SUGGESTED = {
  'start-routine': { default: 'Alt+Shift+G', mac: 'MacCtrl+Shift+G' },
  'snooze-break': { default: 'Alt+Shift+D', mac: 'MacCtrl+Shift+D' },
  'toggle-pause': { default: 'Alt+Shift+H', mac: 'MacCtrl+Shift+H' },
};

const ALT = 1;
const SHIFT = 8;

/** Presses Alt+Shift+`letter` in `page`, the way a keyboard does (a raw key-down, then its key-up). */
async function pressAltShift(cdp: CDPSession, letter: string): Promise<void> {
  const code = letter.toUpperCase().charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: ALT | SHIFT,
      key: letter.toUpperCase(),
      code: `Key${letter.toUpperCase()}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
}

describe('keyboard shortcuts in Chromium', () => {
  let ext: Extension;
  let tab: Page;
  let keys: CDPSession;
  const engine = async () => (await ext.storage('local')).engine as EngineState;
  const notices = async () => Object.keys(await ext.evaluate(() => chrome.notifications.getAll()));
  const dismissNotice = () => ext.evaluate(() => chrome.notifications.clear('nape-shortcut'));
  /** The pages showing the player: the toolbar popup, or the routine's own window. */
  const playerPages = () =>
    ext.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] }))
        .map((c) => new URL(c.documentUrl ?? '').pathname.slice(1))
        .filter((path) => path === 'popup.html' || path === 'routine.html'),
    );

  beforeAll(async () => {
    ext = await launchExtension();
    // Any web page in a tab: the shortcuts work wherever the browser has the focus.
    tab = await ext.context.newPage();
    await tab.goto('data:text/html,<title>A page</title><p>Some work</p>');
    await tab.bringToFront();
    keys = await ext.context.newCDPSession(tab);
  });
  afterAll(() => ext?.close());

  it('the manifest declares the three commands with their suggested keys, and Chromium assigns each', async () => {
    const manifest = await ext.evaluate(() => chrome.runtime.getManifest());
    const declared = Object.fromEntries(
      Object.entries(manifest.commands ?? {}).map(([name, c]) => [name, c.suggested_key]),
    );
    expect(declared).toEqual(SUGGESTED);
    // No new permission for them.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    // Chromium leaves a suggested key unassigned when it is one of its own shortcuts: assigned
    // means no collision with the browser's defaults.
    const assigned = await ext.evaluate(() => chrome.commands.getAll());
    expect(
      Object.fromEntries(assigned.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c])),
    ).toEqual({
      'start-routine': { name: 'start-routine', shortcut: 'Alt+Shift+G', description: 'Start your routine' },
      'snooze-break': { name: 'snooze-break', shortcut: 'Alt+Shift+D', description: 'Snooze the neck break' },
      'toggle-pause': {
        name: 'toggle-pause',
        shortcut: 'Alt+Shift+H',
        description: 'Pause or resume reminders',
      },
    });
  });

  it('Alt+Shift+H pauses reminders until resumed, and pressed again resumes them', async () => {
    await pressAltShift(keys, 'h');
    await expect.poll(async () => (await engine()).mode).toMatchObject({ kind: 'paused', until: null });
    await expect.poll(() => ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('II');
    await pressAltShift(keys, 'h');
    await expect.poll(async () => (await engine()).mode).toEqual({ kind: 'normal' });
  });

  it('Alt+Shift+D with no break due changes nothing and leaves a notice saying why', async () => {
    const before = await engine();
    await pressAltShift(keys, 'd');
    await expect.poll(notices).toContain('nape-shortcut');
    const after = await engine();
    expect(after.neck.status).toBe('counting');
    expect(after.mode).toEqual(before.mode);
    await dismissNotice();
  });

  it('Alt+Shift+D snoozes a due break', async () => {
    await ext.evaluate((s) => chrome.storage.local.set({ engine: s }), dueState(Date.now()));
    await pressAltShift(keys, 'd');
    await expect.poll(async () => (await engine()).neck.status).toBe('snoozed');
    expect(await notices()).not.toContain('nape-shortcut');
  });

  it('Alt+Shift+G starts the default routine and opens its player; again, it says the routine is open', async () => {
    await acknowledgeSafety(ext);
    await rememberVoiceAnswer(ext);
    await pressAltShift(keys, 'g');
    await expect.poll(async () => (await engine()).mode).toMatchObject({ kind: 'routine', variant: 'full' });
    // A key press is a user gesture in a focused window, so the toolbar popup opens (Playwright does
    // not list a toolbar popup among its pages; the extension's own API does).
    await expect.poll(playerPages).toEqual(['popup.html']);
    const { startedAt } = (await engine()).mode as { startedAt: number };
    // The player on screen has started the routine's session and ticks it (the pages alone write it).
    await expect
      .poll(
        async () => ((await ext.storage('session')).routine as { routineId?: number } | undefined)?.routineId,
      )
      .toBe(startedAt);
    // A second Start opens nothing more, changes nothing, and says why.
    await pressAltShift(keys, 'g');
    await expect.poll(notices).toContain('nape-shortcut');
    expect(await playerPages()).toEqual(['popup.html']);
    expect((await engine()).mode).toMatchObject({ kind: 'routine', startedAt });
    await dismissNotice();

    // No pausing during a routine: nothing changes, and the notice says so.
    await pressAltShift(keys, 'h');
    await expect.poll(notices).toContain('nape-shortcut');
    expect((await engine()).mode).toMatchObject({ kind: 'routine', startedAt });
    await dismissNotice();
  });

  it('the options page lists the keys and opens Chrome’s shortcuts page', async () => {
    const { page, problems } = await ext.open('options.html#shortcuts');
    const rows = page.locator('#panel-shortcuts tbody tr');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        'Start your routineAlt+Shift+G',
        'Snooze the neck breakAlt+Shift+D',
        'Pause or resume remindersAlt+Shift+H',
      ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    const opened = ext.context.waitForEvent('page', (p) =>
      p.url().startsWith('chrome://extensions/shortcuts'),
    );
    await page.getByRole('button', { name: 'Change shortcuts' }).click();
    await (await opened).close();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
});

describe('keyboard shortcuts in Russian', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'ru' });
  });
  afterAll(() => ext?.close());

  it('the options tab lists them in Russian, with no accessibility violation', async () => {
    const { page, problems } = await ext.open('options.html#shortcuts');
    await expect
      .poll(() => page.locator('#panel-shortcuts tbody th').allTextContents())
      .toEqual(['Начать комплекс', 'Отложить перерыв для шеи', 'Приостановить или возобновить напоминания']);
    expect(await page.locator('#panel-shortcuts h2').textContent()).toBe('Сочетания клавиш');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });

  it("the browser's shortcut list describes them in the browser's language", async () => {
    const assigned = await ext.evaluate(() => chrome.commands.getAll());
    expect(assigned.filter((c) => c.name !== '_execute_action').map((c) => c.description)).toEqual(
      expect.arrayContaining([
        'Начать комплекс',
        'Отложить перерыв для шеи',
        'Приостановить или возобновить напоминания',
      ]),
    );
  });
});
