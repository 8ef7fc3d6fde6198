import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MINUTE } from '@/src/core/time';
import { bootWorker, clock, message, runUntil } from '@/tests/integration/support/worker';

// The badge is set only when it changes, remembered in session storage (platform/badge.ts): the
// browser forgets a badge exactly when it forgets session storage, so a wake after a browser
// restart (or an update) sets it again, and one whose badge has not moved leaves `action` alone.

const T0 = Date.parse('2026-11-24T08:00:00Z');

beforeEach(() => {
  clock.now = T0;
});

/** What a browser restart does to the badge and to session storage; local storage and alarms stay. */
async function browserRestart() {
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.action.setBadgeText({ text: '' });
}

describe('the toolbar badge', () => {
  it('is set when it changes and left alone when it does not', async () => {
    await bootWorker();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');

    const engine = await bootWorker(); // a fresh worker in the same minute: the badge is still right
    expect(setText).not.toHaveBeenCalled();

    await runUntil(engine, T0 + MINUTE);
    expect(setText).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('59m');
  });

  it('is set again after a browser restart, whose first wake would otherwise leave it blank', async () => {
    await bootWorker();
    await browserRestart();
    await bootWorker();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
  });

  it('a badge the browser refused is not remembered, so the next wake tries again', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValueOnce(new Error('busy'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await bootWorker();
    expect(errors).toHaveBeenCalledWith('[nape] effect badge failed', expect.any(Error));
    expect(await fakeBrowser.storage.session.get('badge')).toEqual({});

    await bootWorker();
    expect(setText).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
  });

  it('follows a change of mode in the same worker (pause, then resume)', async () => {
    await bootWorker();
    await message('command', { type: 'pause', preset: '30m' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    await message('command', { type: 'resume' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
  });

  it('anything else in its place in storage counts as nothing remembered', async () => {
    await fakeBrowser.storage.session.set({ badge: { text: 60 } });
    await bootWorker();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
    expect((await fakeBrowser.storage.session.get('badge')).badge).toEqual({ text: '60m', color: '#1d6f66' });
  });
});

describe('a wake reads storage once', () => {
  it('one get per area, side by side, also while a routine runs', async () => {
    const engine = await bootWorker();
    await message('command', { type: 'startRoutine', variant: 'full', source: 'popup' });
    const gets = ['local', 'sync', 'session'].map((area) =>
      vi.spyOn(fakeBrowser.storage[area as 'local' | 'sync' | 'session'], 'get'),
    );
    await runUntil(engine, T0 + MINUTE);
    for (const get of gets) expect(get).toHaveBeenCalledTimes(1);
  });
});
