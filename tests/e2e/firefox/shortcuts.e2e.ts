import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState } from '@/src/core/schedule/state';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';

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
