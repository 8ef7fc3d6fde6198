import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserFamily } from '@/src/core/prompt-click';
import { MINUTE } from '@/src/core/time';
import { bootWorker, clock, runUntil, settle, storedEngine } from '@/tests/integration/support/worker';
import { settingsWith } from '@/tests/support/settings';

// A break prompt starts the routine the user chose as default (Settings → Routine), whichever kind
// it is: Chrome's Start button, and a click on Firefox's prompt, which has no buttons.

const T0 = Date.parse('2026-11-24T08:00:00Z');

beforeEach(() => {
  clock.now = T0;
});

async function promptedWithDefault(family: BrowserFamily) {
  await fakeBrowser.storage.sync.set({ settings: settingsWith({ routine: { defaultVariant: 'evening' } }) });
  const engine = await bootWorker(family);
  await runUntil(engine, T0 + 63 * MINUTE);
  expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['nape-neck']);
  vi.spyOn(fakeBrowser.windows, 'create');
  vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
  return engine;
}

describe('a break prompt starts the default routine', () => {
  it("Chrome's Start button", async () => {
    const engine = await promptedWithDefault('chrome');
    await fakeBrowser.notifications.onButtonClicked.trigger('nape-neck', 0);
    await settle(engine);
    expect((await storedEngine()).mode).toEqual({
      kind: 'routine',
      variant: 'evening',
      startedAt: clock.now,
    });
  });

  it.each([
    ['full', 'Quick 2-minute routine', 'quick'],
    ['quick', 'Full 5-minute routine', 'full'],
  ] as const)(
    'with %s as the default and no snooze left, the second button is "%s" and starts it',
    async (def, label, other) => {
      await fakeBrowser.storage.sync.set({
        settings: settingsWith({ snooze: { maxPerBreak: 0 }, routine: { defaultVariant: def } }),
      });
      const engine = await bootWorker('chrome');
      await runUntil(engine, T0 + 63 * MINUTE);
      const options = (await fakeBrowser.notifications.getAllCreateOptions())['nape-neck-last'];
      expect(options?.buttons).toEqual([{ title: 'Start routine' }, { title: label }]);
      // The button does what it said, even if the default changes before the click.
      await fakeBrowser.storage.sync.set({ settings: settingsWith({ snooze: { maxPerBreak: 0 } }) });
      await settle(engine);
      vi.spyOn(fakeBrowser.windows, 'create');
      await fakeBrowser.notifications.onButtonClicked.trigger('nape-neck-last', 1);
      await settle(engine);
      expect((await storedEngine()).mode).toMatchObject({ kind: 'routine', variant: other });
    },
  );

  it("a click on Firefox's prompt", async () => {
    const engine = await promptedWithDefault('firefox');
    await fakeBrowser.notifications.onClicked.trigger('nape-neck');
    await settle(engine);
    expect((await storedEngine()).mode).toEqual({
      kind: 'routine',
      variant: 'evening',
      startedAt: clock.now,
    });
  });
});
