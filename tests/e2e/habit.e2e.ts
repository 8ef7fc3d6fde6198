import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchReturningUser } from './support/extension';
import { axeViolations, localDayKey, openOptions, seedHistory, storedSettings } from './support/options-page';
import { openPopup } from './support/popup-page';

// The daily habit in Chromium against the production build: the evening reminder turned on in
// the options and said in the popup's status; a 30-day course started on the History tab and its
// day shown in the popup. (The reminder's schedule itself: tests/unit/day/evening.test.ts and
// tests/integration/engine/evening.test.ts.)

let ext: Extension;

beforeAll(async () => {
  ext = await launchReturningUser();
});
afterAll(() => ext?.close());

const localKey = (offset: number) => localDayKey(ext, offset);

describe('the daily habit', () => {
  it('the evening reminder, turned on in the options, is saved and said in the popup', async () => {
    const { page, problems } = await openOptions(ext, 'schedule');
    const box = page.getByLabel("Remind me in the evening if today's goal isn't met");
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect
      .poll(async () => (await storedSettings(ext))?.eveningReminder)
      .toEqual({
        enabled: true,
        time: '19:00',
      });
    expect(await page.locator('#panel-schedule input[type="time"]').last().inputValue()).toBe('19:00');
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });

    const popup = await openPopup(ext);
    await popup.page.getByText('Evening routine at 19:00').waitFor();
    await popup.page.close();
    expect(popup.problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });

  it('a course started on the History tab is day 1; eleven days done make the popup say day 12 of 30', async () => {
    const { page, problems } = await openOptions(ext, 'history');
    await page.getByRole('button', { name: 'Start a 30-day course' }).click();
    await page.getByText('Day 1 of 30').waitFor();
    const stored = (await ext.storage('sync')).course;
    expect(stored).toEqual({ v: 1, start: await localKey(0), celebrated: false });
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });

    // As if begun eleven days ago, with a routine on each of them (on this device or another).
    const done = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, { routinesFull: 1 }]));
    await seedHistory(ext, done);
    const start = await localKey(11);
    await ext.evaluate(
      (s) => chrome.storage.sync.set({ course: { v: 1, start: s, celebrated: false } }),
      start,
    );
    const popup = await openPopup(ext);
    await popup.page.getByText('Course: day 12 of 30').waitFor();
    expect(await axeViolations(popup.page)).toEqual([]);
    await popup.page.close();
    expect(popup.problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });

    // History: where the course stands and its days on the chart, checked by axe.
    const history = await openOptions(ext, 'history');
    await history.page.getByText('Day 12 of 30').waitFor();
    const cells = history.page.locator('.course-chart rect');
    expect(await cells.count()).toBe(30); // 11 done, today, 18 to go
    expect(await history.page.locator('.course-cell--done').count()).toBe(11);
    expect(await axeViolations(history.page)).toEqual([]);
    await history.page.close();
    expect(history.problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});
