import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reminderAt } from '@/src/core/schedule/reminder';
import { MINUTE } from '@/src/core/time';
import { currentTimeZone } from '@/src/platform/locale';
import { eveningNotificationOptions } from '@/src/platform/notifications';
import { bootWorker, clock, runUntil, settle, storedEngine } from '@/tests/integration/support/worker';
import { settingsWith } from '@/tests/support/settings';

// The evening reminder through the background pipeline: the engine's wake alarm brings it at its
// time, the notification is shown (not counted as a neck prompt), and a click on it starts the
// routine and opens the player.

/** 19:00 on the 24th in the zone the worker sees (the machine's), and ten minutes before. */
const AT_19 = reminderAt('2026-11-24', '19:00', currentTimeZone());
const T0 = AT_19 - 10 * MINUTE;

beforeEach(async () => {
  clock.now = T0;
  await fakeBrowser.storage.sync.set({
    settings: settingsWith({
      neckBreak: { enabled: false },
      postureCheck: { enabled: false },
      eveningReminder: { enabled: true, time: '19:00' },
    }),
  });
});

const stats = async () =>
  (await fakeBrowser.storage.local.get('stats')).stats as {
    days: Record<string, { prompts: number }>;
  };

describe('the evening reminder', () => {
  it('is shown at 19:00 by the wake alarm, and is not counted as a neck prompt', async () => {
    const engine = await bootWorker();
    expect((await storedEngine()).evening?.at).toBe(AT_19);
    await runUntil(engine, AT_19 - 1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await runUntil(engine, AT_19 + 5 * MINUTE);
    const options = (await fakeBrowser.notifications.getAllCreateOptions())['nape-evening'];
    expect(options).toMatchObject({
      title: 'Evening neck routine',
      message: expect.stringContaining('0 of 2'),
      requireInteraction: true,
    });
    expect((await stats()).days['2026-11-24']?.prompts ?? 0).toBe(0);
    // Tomorrow's is the next deadline.
    expect((await storedEngine()).evening?.at).toBe(AT_19 + 24 * 60 * MINUTE);
  });

  it('a click starts the evening routine and opens the player', async () => {
    const engine = await bootWorker();
    await runUntil(engine, AT_19 + MINUTE);
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
    await fakeBrowser.notifications.onClicked.trigger('nape-evening');
    await settle(engine);
    expect((await storedEngine()).mode).toEqual({
      kind: 'routine',
      variant: 'evening',
      startedAt: clock.now,
    });
    expect(popup).toHaveBeenCalledOnce();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('is not shown when the day’s goal is met already', async () => {
    await fakeBrowser.storage.local.set({
      stats: { v: 1, days: { '2026-11-24': { routinesFull: 1, routinesQuick: 1 } } },
    });
    const engine = await bootWorker();
    await runUntil(engine, AT_19 + 5 * MINUTE);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('Firefox gets the same words without Chrome-only options', () => {
    const text = { title: 'Evening neck routine', message: 'Routines today: 0 of 2.' };
    expect(eveningNotificationOptions('firefox', text, 'icon.png')).toEqual({
      type: 'basic',
      iconUrl: 'icon.png',
      ...text,
    });
  });
});
