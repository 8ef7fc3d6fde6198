import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedStats, patchSettings } from '@/tests/e2e/support/engine-fixtures';
import { type FirefoxExtension, launchFirefoxReturningUser } from '@/tests/e2e/support/firefox';

// The evening reminder in Firefox, with real alarms and a real event page: set for the coming
// minute, it comes at that minute by the engine's wake alarm (the event page suspended meanwhile),
// is not a neck-break prompt, and a click on it (Firefox has no notification buttons) starts the
// evening routine.

interface StoredEngine {
  mode: { kind: string; variant?: string };
  evening?: { at: number | null };
}

describe('the evening reminder in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefoxReturningUser();
  });
  afterAll(() => ext?.close());

  it('comes at the minute set by the wake alarm, and a click on it starts the evening routine', {
    timeout: 180_000,
  }, async () => {
    // The next whole minute on the browser's clock at least 20 s away: a time already past today
    // would wait for tomorrow.
    const time = await ext.evaluate(() => {
      const at = new Date(Date.now() + 80_000);
      return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    });
    await patchSettings(ext, {
      neckBreak: { enabled: false },
      postureCheck: { enabled: false },
      // BiDi input is not user activity to Firefox (see notification.e2e.ts): a long idle threshold.
      activity: { idleThresholdSec: 600 },
      eveningReminder: { enabled: true, time },
    });
    await expect
      .poll(async () => ((await ext.storage('local')).engine as StoredEngine).evening?.at ?? null, {
        timeout: 10_000,
      })
      .toBeGreaterThan(Date.now());
    const due = ((await ext.storage('local')).engine as StoredEngine).evening?.at as number;

    // Suspended, as Firefox does 30 s after the last event: only the wake alarm brings it back.
    await ext.stopBackground();
    await expect
      .poll(() => ext.notificationsOnScreen(), { timeout: 150_000, interval: 500 })
      .toEqual([{ title: 'Evening neck routine', text: expect.stringContaining('0 of 2') }]);
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    expect((await countedStats(ext)).prompts ?? 0).toBe(0);

    await ext.clickNotification('Evening neck routine');
    await expect
      .poll(async () => ((await ext.storage('local')).engine as StoredEngine).mode)
      .toMatchObject({ kind: 'routine', variant: 'evening' });
    await expect.poll(() => ext.notificationsOnScreen()).toEqual([]);

    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(await ext.externalRequests()).toEqual([]);
  });
});
