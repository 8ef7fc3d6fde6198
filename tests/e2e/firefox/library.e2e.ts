import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { timedPlan } from '@/src/content/routines';
import { type FirefoxExtension, launchFirefoxReturningUser } from '@/tests/e2e/support/firefox';
import {
  axeViolationsIn,
  buttonLabelled,
  byRole,
  openPopupTab,
  stepNameOf,
} from '@/tests/e2e/support/firefox-page';
import { localDayKey, seedHistory, storedSettings } from '@/tests/e2e/support/options-page';

// The routine library and the course in Firefox, with the production build and real time: "My
// routine" built in the options page (the builder loads on demand), saved to storage.sync, offered
// in the popup's list and played from it; a 30-day course started on the History tab and its day
// said in the popup. (Chromium: my-routine.e2e.ts and habit.e2e.ts, which also play to the end.)

interface StoredRoutine {
  variant: string;
}

describe('the routine library in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefoxReturningUser();
  });
  afterAll(() => ext?.close());

  it('My routine: built from the full routine, saved, listed in the popup and played from it', {
    timeout: 120_000,
  }, async () => {
    const options = await ext.open('options.html#routine');
    // Found by their text, not byRole: Firefox answers a role query by walking the whole page,
    // seconds on the options page with a full routine in its builder (see buttonLabelled).
    await buttonLabelled(options, 'Start from the full routine').click();
    await options.locator('::-p-text(This routine keeps every rule.)').wait();
    await buttonLabelled(options, 'Save routine').click();
    const full = timedPlan('full').steps;
    await expect
      .poll(async () => (await storedSettings(ext))?.routine.mine.map((s) => s.step))
      .toEqual(full.map((s) => s.id));
    expect(await axeViolationsIn(options)).toEqual([]);
    await options.close();

    // The popup lists it after the shipped ones, with its length, and it plays from there.
    const page = await openPopupTab(ext);
    await byRole(page, 'button', 'More routines').click();
    await byRole(page, 'list').wait();
    await buttonLabelled(page, `${TEXT_EN.variants.mine.name} · `).click();
    await page.locator('[role="timer"]').wait();
    expect(((await ext.storage('session')).routine as StoredRoutine).variant).toBe('mine');
    await expect.poll(() => stepNameOf(page), { timeout: 10_000 }).toBe(TEXT_EN.steps['ex-posture'].name);

    // Esc stops it; the engine is back to normal.
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => ((await ext.storage('local')).engine as { mode: { kind: string } }).mode.kind)
      .toBe('normal');
    await page.close();
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });

  it('a course started on the History tab is day 1; eleven days done make the popup say day 12 of 30', {
    timeout: 60_000,
  }, async () => {
    const history = await ext.open('options.html#history');
    await byRole(history, 'button', 'Start a 30-day course').click();
    await history.locator('::-p-text(Day 1 of 30)').wait();
    expect((await ext.storage('sync')).course).toEqual({
      v: 1,
      start: await localDayKey(ext, 0),
      celebrated: false,
    });
    await history.close();

    // As if begun eleven days ago, with a routine on each of them.
    await seedHistory(
      ext,
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, { routinesFull: 1 }])),
    );
    const start = await localDayKey(ext, 11);
    await ext.evaluate(
      (s) => chrome.storage.sync.set({ course: { v: 1, start: s, celebrated: false } }),
      start,
    );
    const page = await openPopupTab(ext);
    await page.locator('::-p-text(Course: day 12 of 30)').wait();
    expect(await axeViolationsIn(page)).toEqual([]);
    await page.close();
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(await ext.externalRequests()).toEqual([]);
  });
});
