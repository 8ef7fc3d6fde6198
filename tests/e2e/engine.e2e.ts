import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedStats } from './support/engine-fixtures';
import { type Extension, launchExtension } from './support/extension';

// The engine in real Chromium: real alarms, a real service worker stopped through CDP.

interface StoredEngine {
  neck: { status: string; activeMs: number };
  activity: { lastSeenAt: number };
}

describe('break prompt in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(() => ext?.close());

  it('with a 1-minute interval prompts about a minute after start, once, across a worker stop', {
    timeout: 150_000,
  }, async () => {
    const startedAt = await ext.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      const base = (settings as Record<string, Record<string, unknown>> | undefined) ?? {};
      await chrome.storage.sync.set({ settings: { ...base, neckBreak: { enabled: true, intervalMin: 1 } } });
      const { engine } = await chrome.storage.local.get('engine');
      return (engine as { activity: { since: number } }).activity.since;
    });

    // Mid-cycle: once the engine has taken the new interval (the badge shows it), stop the worker
    // the way Chrome does after 30 s idle. Counted time so far lives only in storage now.
    await expect
      .poll(() => ext.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toBe('1m');
    const before = (await ext.storage('local')).engine as StoredEngine;
    await ext.stopWorker();

    // The wake alarm outlives the worker and brings a fresh one up for the prompt.
    await expect
      .poll(() => ext.evaluate(() => chrome.notifications.getAll()), { timeout: 90_000, interval: 1000 })
      .toHaveProperty('nape-neck');
    const promptedAt = Date.now();
    expect(promptedAt - startedAt).toBeGreaterThan(50_000);
    expect(promptedAt - startedAt).toBeLessThan(110_000);

    const after = (await ext.storage('local')).engine as StoredEngine;
    expect(after.neck.status).toBe('due');
    // No counted time lost across the stop: everything up to the last heartbeat is still there.
    expect(after.neck.activeMs).toBeGreaterThanOrEqual(before.neck.activeMs);
    expect(after.neck.activeMs).toBeGreaterThanOrEqual(after.activity.lastSeenAt - startedAt - 1000);
    expect((await countedStats(ext)).prompts).toBe(1);
    expect(await ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
    expect(await ext.evaluate(() => chrome.alarms.getAll())).toHaveLength(1);
  });

  it('takes the prompt down and shows "off" at the end of working hours, to the second', {
    timeout: 150_000,
  }, async () => {
    // The prompt of the test above is on screen. Working hours end at the next whole minute at
    // least 30 s away, in the browser's own time zone, and start an hour ago: a range from midnight
    // would leave the user outside working hours at once when the end falls after midnight.
    const end = await ext.evaluate(async () => {
      const now = new Date();
      const at = new Date(now.getTime() + 30_000);
      at.setSeconds(0, 0);
      at.setMinutes(at.getMinutes() + 1);
      const hhmm = (d: Date) =>
        `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      const day = { on: true, start: hhmm(new Date(now.getTime() - 3_600_000)), end: hhmm(at) };
      const days = Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, day]));
      const { settings } = await chrome.storage.sync.get('settings');
      const base = (settings as Record<string, unknown> | undefined) ?? {};
      await chrome.storage.sync.set({ settings: { ...base, workingHours: { enabled: true, days } } });
      return at.getTime();
    });
    // The end of working hours is a deadline of its own: once it is nearer than the next
    // heartbeat, the wake alarm is set for that very moment.
    await expect
      .poll(async () => (await ext.evaluate(() => chrome.alarms.getAll()))[0]?.scheduledTime, {
        timeout: end - Date.now(),
        interval: 500,
      })
      .toBe(end);
    expect(await ext.evaluate(() => chrome.notifications.getAll())).toHaveProperty('nape-neck');
    await expect
      .poll(() => ext.evaluate(() => chrome.action.getBadgeText({})), {
        timeout: end - Date.now() + 10_000,
        interval: 250,
      })
      .toBe('off');
    const changedAt = Date.now();
    expect(changedAt - end).toBeLessThan(3_000);
    expect(await ext.evaluate(() => chrome.notifications.getAll())).toEqual({});
    console.log(
      `working hours ended at ${new Date(end).toISOString()}: badge "off" and prompt gone ${changedAt - end} ms later`,
    );
  });
});
