import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedStats, patchSettings } from '@/tests/e2e/support/engine-fixtures';
import { type FirefoxExtension, launchFirefoxReturningUser } from '@/tests/e2e/support/firefox';

// The break prompt in Firefox, with real alarms and a real event page: a 1-minute interval brings
// up the neck-break notification, the toolbar badge says a break is due, and a click on the
// notification (Firefox has no notification buttons) starts the routine and shows the player.

interface StoredEngine {
  neck: { status: string };
  mode: { kind: string; variant?: string };
}

describe('the break prompt in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefoxReturningUser();
  });
  afterAll(() => ext?.close());

  it('a 1-minute interval raises the neck-break notification; a click on it starts the routine', {
    timeout: 150_000,
  }, async () => {
    const startedAt = Date.now();
    // WebDriver BiDi's input is not user activity to Firefox: two minutes after launch its idle
    // API reports "idle" whatever the test does. Ten minutes of idle threshold keep the user
    // active for the whole test.
    await patchSettings(ext, {
      neckBreak: { enabled: true, intervalMin: 1 },
      postureCheck: { enabled: false },
      activity: { idleThresholdSec: 600 },
    });
    await expect.poll(() => ext.toolbarBadge(), { timeout: 10_000 }).toBe('1m');

    // Suspend the event page, as Firefox does 30 s after its last event: counted time lives only
    // in storage now, and the wake alarm must bring the page back for the prompt.
    await ext.stopBackground();
    await expect
      .poll(() => ext.notificationsOnScreen(), { timeout: 100_000, interval: 500 })
      .toEqual([{ title: 'Time for a neck break', text: expect.stringContaining('Click to start') }]);
    const promptedAt = Date.now();
    expect(promptedAt - startedAt).toBeGreaterThan(45_000);
    expect(promptedAt - startedAt).toBeLessThan(110_000);
    expect(((await ext.storage('local')).engine as StoredEngine).neck.status).toBe('due');
    expect(await ext.toolbarBadge()).toBe('!');
    expect((await countedStats(ext)).prompts).toBe(1);

    await ext.clickNotification('Time for a neck break');

    // The routine starts (the user's default variant) and the player comes up: in the toolbar
    // popup, or in Nape's routine window when Firefox refuses to open the popup. It refuses while
    // its browser window is not the focused one; here the alert window may still hold the focus
    // on a busy machine. The player's code loads on demand, which on a busy machine takes over a
    // second.
    await expect
      .poll(async () => ((await ext.storage('local')).engine as StoredEngine).mode)
      .toMatchObject({ kind: 'routine', variant: 'full' });
    let players: { where: string }[] = [];
    await expect
      .poll(
        async () =>
          (players = await ext.evaluate(() => {
            // Neither the popup nor the routine window is a BiDi target; both are extension views.
            const popups = new Set<unknown>(chrome.extension.getViews({ type: 'popup' }));
            // The typings call a view the browser's window record; it is a page's window.
            const isPage = (view: unknown): view is globalThis.Window =>
              typeof view === 'object' && view !== null && 'document' in view;
            return (chrome.extension.getViews() as unknown[])
              .filter(isPage)
              .filter(({ location }) => /\/(popup|routine)\.html$/.test(location.pathname))
              .map((view) => ({
                where: popups.has(view) ? 'toolbar popup' : view.location.pathname,
                timer: view.document.querySelector('[role="timer"]') !== null,
                pause: [...view.document.querySelectorAll('button')].some(
                  (b) => b.textContent?.trim() === 'Pause',
                ),
              }));
          })),
        { timeout: 10_000 },
      )
      .toEqual([
        { where: expect.stringMatching(/^(toolbar popup|\/routine\.html)$/), timer: true, pause: true },
      ]);
    console.log(`notification click: the player came up in ${players[0]?.where}`);
    await expect.poll(() => ext.notificationsOnScreen()).toEqual([]);

    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(await ext.externalRequests()).toEqual([]);
  });
});
