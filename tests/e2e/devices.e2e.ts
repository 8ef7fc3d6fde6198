import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpWakeDone } from './support/engine-fixtures';
import { type Extension, launchExtension } from './support/extension';
// The options page's axe helper, for both pages: the popup's own drives Playwright's clock, which
// would stop the browser's time for the pages opened after it.
import { axeViolations, localDayKey, openOptions, seedHistory } from './support/options-page';
import { acknowledgeSafety, openPopup } from './support/popup-page';

// Every device counts, in Chromium against the production build: two simulated devices. This
// profile is one; the other's summary is written into chrome.storage.sync the way the browser's
// sync delivers it. The popup's today and streak, and History with "all devices" or "this
// device", count both; this device's own summary (the worker writes it) is never counted twice,
// and a summary that fails its schema changes nothing.

let ext: Extension;

/** Stores items in chrome.storage.sync, as the browser's sync does when another device wrote them. */
const syncArrives = (items: Record<string, unknown>) =>
  ext.evaluate((i) => chrome.storage.sync.set(i), items);

/** The popup's "today" tile named `name` (Routines, Day streak…). */
const tile = (page: Page, name: string) =>
  page
    .locator('.today .tile')
    .filter({ has: page.getByText(name, { exact: true }) })
    .locator('dd');

/** The History summary's number for `term` (null while it is not shown). */
const summary = (page: Page, term: string) =>
  page.evaluate(
    (t) =>
      [...document.querySelectorAll('#panel-history dl.summary dt')].find((dt) => dt.textContent === t)
        ?.nextElementSibling?.textContent ?? null,
    term,
  );

beforeAll(async () => {
  ext = await launchExtension();
  await acknowledgeSafety(ext);
  await startUpWakeDone(ext);
  // This device: a full routine today, a quick one two days ago.
  await seedHistory(ext, { 0: { routinesFull: 1 }, 2: { routinesQuick: 1 } });
});
afterAll(() => ext?.close());

describe('two devices', () => {
  it("this device's worker keeps its own summary in storage.sync under its random id", async () => {
    // The history was seeded with its summary's write owed (as after routines): a new worker writes it.
    await ext.stopWorker();
    await ext.worker();
    const { device } = (await ext.storage('local')) as { device?: { id: string } };
    expect(device?.id).toMatch(/^[a-z0-9]{16}$/);
    await expect
      .poll(async () => (await ext.storage('sync'))[`dev.${device?.id}`])
      .toMatchObject({ v: 1, to: await localDayKey(ext, 0), r: { full: [1], quick: [0, 0, 1] } });
  });

  it("the popup's today and streak count the other device's routines, each day once", async () => {
    const { page, problems } = await openPopup(ext);
    await tile(page, 'Routines').waitFor();
    expect(await tile(page, 'Routines').textContent()).toBe('1 of 2');
    expect(await tile(page, 'Day streak').textContent()).toBe('1');

    // The other device did two quick routines today and one yesterday, and five long ago.
    await syncArrives({
      'dev.otherdevice01': { v: 1, to: await localDayKey(ext, 0), r: { quick: [2, 1] }, t: { full: 5 } },
    });
    // The open popup follows sync: 1 + 2 today, and a streak of three days (today on both
    // devices, yesterday on the other, the day before on this one).
    await expect.poll(() => tile(page, 'Routines').textContent()).toBe('3 of 2');
    expect(await tile(page, 'Day streak').textContent()).toBe('3');

    // A summary that fails its schema (a newer format, a negative count) is ignored.
    await syncArrives({
      'dev.brokendevice1': { v: 1, to: await localDayKey(ext, 0), r: { full: [-4] } },
      'dev.newerdevice1': { v: 2, packed: 'differently' },
    });
    await page.reload();
    await tile(page, 'Routines').waitFor();
    expect(await tile(page, 'Routines').textContent()).toBe('3 of 2');
    expect(await tile(page, 'Day streak').textContent()).toBe('3');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('History shows all devices, or this device alone', async () => {
    const { page, problems } = await openOptions(ext, 'history');
    const all = page.getByRole('radio', { name: 'All your devices' });
    await all.waitFor();
    expect(await all.isChecked()).toBe(true);
    expect(await page.getByText(/Routines on your other devices, in all: 8/).count()).toBe(1);
    // The last 7 days: this device's 2 and the other device's 3.
    await expect.poll(() => summary(page, 'Routines')).toBe('5');
    expect(await summary(page, 'Current streak (days)')).toBe('3');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'This device' }).check();
    await expect.poll(() => summary(page, 'Routines')).toBe('2');
    expect(await summary(page, 'Current streak (days)')).toBe('1');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('removes, from every device, a summary not seen for 90 days, when the worker next writes', async () => {
    await syncArrives({ 'dev.olddevice001': { v: 1, to: await localDayKey(ext, 120), r: { full: [1] } } });
    // A routine counted here makes the worker write its summary, and prune.
    await seedHistory(ext, { 0: { routinesFull: 2 }, 2: { routinesQuick: 1 } });
    await ext.stopWorker();
    await ext.worker();
    await expect.poll(async () => Object.keys(await ext.storage('sync'))).not.toContain('dev.olddevice001');
    const sync = await ext.storage('sync');
    expect(sync['dev.brokendevice1']).toBeDefined(); // not judged: a newer Nape may read it
    expect(sync['dev.otherdevice01']).toBeDefined();
  });
});
