import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState } from '@/src/core/schedule/state';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';
import { axeViolationsIn, buttonLabelled } from '@/tests/e2e/support/firefox-page';

// The keyboard shortcuts in Firefox: the manifest's commands with their suggested keys, assigned
// by Firefox, and a key pressed in the browser window reaching the event page as the browser's
// own `commands.onCommand`.

describe('keyboard shortcuts in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(() => ext?.close());

  const engine = async () => (await ext.storage('local')).engine as EngineState;

  it('the three commands are declared and Firefox assigned their suggested keys', async () => {
    const assigned = await ext.evaluate(() => chrome.commands.getAll());
    expect(Object.fromEntries(assigned.map((c) => [c.name, [c.shortcut, c.description]]))).toEqual({
      'start-routine': ['Alt+Shift+G', 'Start your routine'],
      'snooze-break': ['Alt+Shift+D', 'Snooze the neck break'],
      'toggle-pause': ['Alt+Shift+H', 'Pause or resume reminders'],
    });
  });

  it("the options tab lists the keys Firefox assigned and the way to Firefox's shortcut settings", async () => {
    const page = await ext.open('options.html#shortcuts');
    const rows = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#panel-shortcuts tbody tr')].map((r) => r.textContent),
      );
    await expect
      .poll(rows)
      .toEqual([
        'Start your routineAlt+Shift+G',
        'Snooze the neck breakAlt+Shift+D',
        'Pause or resume remindersAlt+Shift+H',
      ]);
    expect(await page.evaluate(() => document.querySelector('#panel-shortcuts')?.textContent)).toContain(
      'Manage Extension Shortcuts',
    );
    expect(await axeViolationsIn(page)).toEqual([]);
    // The button asks Firefox to open its shortcut settings (commands.openShortcutSettings, in
    // a tab of about:addons): one more tab, and no word of a refusal on the page.
    const tabs = () => ext.evaluate(() => chrome.tabs.query({}).then((t) => t.map((x) => x.id ?? 0)));
    const before = await tabs();
    await buttonLabelled(page, 'Change shortcuts').click();
    await expect.poll(async () => (await tabs()).length).toBe(before.length + 1);
    expect(await page.evaluate(() => document.querySelector('[role="alert"]'))).toBeNull();
    const opened = (await tabs()).filter((id) => !before.includes(id));
    await ext.evaluate((ids) => chrome.tabs.remove(ids), opened);
    await page.close();
  });

  it('Alt+Shift+H pauses reminders, and again resumes them; Alt+Shift+D with nothing due says why', async () => {
    await ext.pressKeys('Alt+Shift+H');
    await expect.poll(async () => (await engine()).mode).toMatchObject({ kind: 'paused', until: null });
    await ext.pressKeys('Alt+Shift+H');
    await expect.poll(async () => (await engine()).mode).toEqual({ kind: 'normal' });
    await ext.pressKeys('Alt+Shift+D');
    await expect
      .poll(() => ext.notificationsOnScreen())
      .toContainEqual({
        title: 'Nape shortcut',
        text: 'No neck break is due, so there is nothing to snooze.',
      });
    expect((await engine()).neck.status).toBe('counting');
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });

  it('Alt+Shift+G starts the default routine', async () => {
    await ext.pressKeys('Alt+Shift+G');
    await expect.poll(async () => (await engine()).mode).toMatchObject({ kind: 'routine', variant: 'full' });
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});
