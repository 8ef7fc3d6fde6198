import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '@/tests/e2e/support/engine-fixtures';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';
import { openPopupTab, textOf } from '@/tests/e2e/support/firefox-page';
import { localDayKey, seedHistory } from '@/tests/e2e/support/options-page';
import { acknowledgeSafety } from '@/tests/e2e/support/popup-page';

// Every device counts in Firefox, with its storage.sync and its event page: this profile's
// background keeps its summary under its id, and another device's summary, written into
// storage.sync as Firefox Sync would, adds to the popup's today and streak; one that fails its
// schema is logged and ignored.

describe('two devices in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
    await acknowledgeSafety(ext);
    // This device: a full routine today, a quick one two days ago.
    await seedHistory(ext, { 0: { routinesFull: 1 }, 2: { routinesQuick: 1 } });
  });
  afterAll(() => ext?.close());

  it("keeps this device's summary in storage.sync and counts the other device's routines", async () => {
    // The history was seeded with its summary's write owed (as after routines): a new background writes it.
    await ext.stopBackground();
    await sendFromPage(ext, 'refresh');
    const { device } = (await ext.storage('local')) as { device?: { id: string } };
    expect(device?.id).toMatch(/^[a-z0-9]{16}$/);
    await expect
      .poll(async () => (await ext.storage('sync'))[`dev.${device?.id}`])
      .toMatchObject({ v: 1, to: await localDayKey(ext, 0), r: { full: [1], quick: [0, 0, 1] } });

    await ext.evaluate((items) => chrome.storage.sync.set(items), {
      'dev.otherdevice01': { v: 1, to: await localDayKey(ext, 0), r: { quick: [2, 1] } },
      'dev.brokendevice1': { v: 1, to: await localDayKey(ext, 0), r: { full: [-4] } },
    });
    const page = await openPopupTab(ext);
    const routines = () => textOf(page, '.today .tile:nth-child(2) dd');
    // 1 + 2 today; three days in a row with a routine on some device, each counted once.
    await expect.poll(routines).toBe('3 of 2');
    expect(await textOf(page, '.today .tile:nth-child(3) dd')).toBe('3');
    expect(ext.consoleWarnings().some((w) => w.includes('ignored 1 device summary'))).toBe(true);
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});
