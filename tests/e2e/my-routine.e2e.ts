import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { LIBRARY } from '@/src/core/routine/library';
import { type Extension, launchExtension, launchReturningUser } from './support/extension';
import { openOptions, axeViolations as optionsAxe, storedSettings } from './support/options-page';
import { axeViolations, openPopup, runSeconds, screenshot, showsTimer, stepName } from './support/popup-page';

// "My routine" end to end in Chromium, with the production build: built in the options page from
// the step library, saved, made the routine Start opens, played from the popup in the routine
// window to the end, and counted in History as a routine of its own kind.

interface StoredStats {
  days: Record<string, { routinesMine?: number }>;
}

/** The routine: posture, Metronome both ways, then the massage's two strokes, each at its shortest. */
const ROUTINE = [
  ['ex-posture', 'Posture'],
  ['ex-metronome-r', 'Metronome · To the right'],
  ['ex-metronome-l', 'Metronome · To the left'],
  ['ms-stroke-open', 'Stroking'],
  ['ms-stroke-close', 'Closing strokes'],
] as const;
const STEPS = ROUTINE.map(([, name]) => name);
const SHORTEST = ROUTINE.map(([id]) => LIBRARY.find((s) => s.id === id)?.seconds.min ?? 0);
const TOTAL = SHORTEST.reduce((a, b) => a + b, 0);
const TOTAL_TEXT = `${Math.floor(TOTAL / 60)}:${String(TOTAL % 60).padStart(2, '0')}`;

/** The History table's cell for the newest day under a column's header. */
const historyCell = (page: Page, column: string) =>
  page.evaluate((name) => {
    const table = document.querySelector('#panel-history table');
    const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
    const row = table?.querySelector('tbody tr');
    return row ? ([...row.children][heads.indexOf(name)]?.textContent ?? null) : null;
  }, column);

describe('My routine in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser({ clock: true });
  });
  afterAll(() => ext?.close());

  it('build → save → make it the default → play it in the routine window → counted in History', {
    timeout: 180_000,
  }, async () => {
    // Options → Routine: the builder loads on demand, under the routine's other settings.
    const options = await openOptions(ext, 'routine');
    const page = options.page;
    const builder = page.getByRole('region', { name: 'My routine' });
    await builder.getByText(/No steps yet/).waitFor();
    // Refused as the default while none is saved, with the reason.
    await page.getByRole('radio', { name: 'My routine' }).check();
    await page
      .getByText('Build and save your routine first (below), then choose it here.', { exact: true })
      .waitFor();
    expect((await storedSettings(ext))?.routine.defaultVariant ?? 'full').toBe('full');

    for (const name of STEPS) await builder.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    for (const [i, name] of STEPS.entries())
      await builder.getByLabel(`Length of ${name}, in seconds`).fill(String(SHORTEST[i]));
    await builder.getByText(`Total: ${TOTAL_TEXT}`).waitFor();
    await builder.getByText('This routine keeps every rule.').waitFor();
    expect(await optionsAxe(page)).toEqual([]);

    // A broken rule is shown, and Save refused, until it is put right.
    await builder.getByRole('button', { name: 'Move up: Stroking' }).click();
    await builder.getByText('Step 4 is an exercise after the massage has begun', { exact: false }).waitFor();
    expect(await builder.getByRole('button', { name: 'Save routine' }).isDisabled()).toBe(true);
    expect(await optionsAxe(page)).toEqual([]);
    await builder.getByRole('button', { name: 'Move down: Stroking' }).click();
    await builder.getByText('This routine keeps every rule.').waitFor();
    await builder.getByRole('button', { name: 'Save routine' }).click();
    await expect
      .poll(async () => (await storedSettings(ext))?.routine.mine.map((s) => s.seconds))
      .toEqual(SHORTEST);

    // Now it can be the routine Start opens.
    await page.getByRole('radio', { name: 'My routine' }).click();
    await expect.poll(async () => (await storedSettings(ext))?.routine.defaultVariant).toBe('mine');
    await screenshot(page, 'options-my-routine');
    await page.close();

    // The popup's Start plays it; Pop out moves it into the routine window.
    const popup = await openPopup(ext);
    await popup.page.clock.pauseAt(Date.now() + 1000);
    await popup.page.getByRole('button', { name: 'Start routine' }).click();
    await showsTimer(popup.page);
    const opened = ext.context.waitForEvent('page', (p) => p.url().endsWith('/routine.html'));
    await popup.page.getByRole('button', { name: 'Pop out' }).click();
    const win = await opened;
    await win.setViewportSize({ width: 420, height: 720 });
    await showsTimer(win);
    expect(await win.getByText(TEXT_EN.variants.mine.name).count()).toBeGreaterThan(0);
    expect(await win.getByText('Step 1 of 5', { exact: false }).count()).toBeGreaterThan(0);
    expect(await axeViolations(win)).toEqual([]);

    // Followed to the end: each of its steps in turn, then Done.
    const seen = new Set<string>();
    const done = win.getByRole('heading', { name: TEXT_EN.player.after.title });
    let rested = false;
    for (let s = 0; s < TOTAL + 20 && !(await done.count()); s++) {
      await runSeconds(win, 1);
      const name = (await win.locator('#step-name').count()) ? await stepName(win) : null;
      if (name) seen.add(name);
      // Closing strokes' last stretch: the hands rest, and the picture's arms come down with them.
      const figure = win.locator('.step-figure svg');
      if (!rested && name === 'Closing strokes' && (await figure.getAttribute('data-phase')) === 'rest') {
        // Every part of each kind: the arms and, at work, their arrows.
        const opacity = (part: string) =>
          figure
            .locator(part)
            .evaluateAll((els) =>
              els.map((el) => Math.round(Number(getComputedStyle(el).opacity) * 100) / 100),
            );
        await expect.poll(() => opacity('.at-rest')).toEqual([1]);
        await expect.poll(() => opacity('.at-work')).toEqual([0, 0]);
        rested = true;
      }
    }
    expect(rested).toBe(true);
    await done.waitFor();
    expect([...seen]).toEqual(
      expect.arrayContaining(['Posture', 'Metronome', 'Stroking', 'Closing strokes']),
    );
    expect(await axeViolations(win)).toEqual([]);

    // The engine counted it as a routine of its own kind…
    await expect
      .poll(async () => {
        const stats = (await ext.storage('local')).stats as StoredStats | undefined;
        return Object.values(stats?.days ?? {}).reduce((n, d) => n + (d.routinesMine ?? 0), 0);
      })
      .toBe(1);
    // …and History shows it under its name (the pages' clock runs again: the routine is over).
    await ext.context.clock.resume();
    const history = await openOptions(ext, 'history');
    await history.page.locator('#panel-history table').waitFor({ state: 'attached' });
    await expect.poll(() => historyCell(history.page, 'My routine')).toBe('1');
    expect(options.problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(popup.problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
  it('Save and play it starts the saved routine in the routine window, and says so when one is running', {
    timeout: 60_000,
  }, async () => {
    const { page, problems } = await openOptions(ext, 'routine');
    const builder = page.getByRole('region', { name: 'My routine' });
    await builder.getByText('This routine keeps every rule.').waitFor();
    const opened = ext.context.waitForEvent('page', (p) => p.url().endsWith('/routine.html'));
    await builder.getByRole('button', { name: 'Save and play it' }).click();
    const win = await opened;
    await showsTimer(win);
    expect(await win.getByText(TEXT_EN.variants.mine.name).count()).toBeGreaterThan(0);
    expect((await ext.storage('local')).engine).toMatchObject({ mode: { kind: 'routine', variant: 'mine' } });
    // A second start while it plays is refused by the engine, and the builder says why.
    await builder.getByRole('button', { name: 'Save and play it' }).click();
    await builder
      .getByRole('alert')
      .getByText('A routine is already running. Finish or stop it first.')
      .waitFor();
    expect(await optionsAxe(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});

describe('My routine in Chromium, in Russian', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'ru' });
  });
  afterAll(() => ext?.close());

  it('the builder, with a broken rule shown, passes axe', { timeout: 60_000 }, async () => {
    const { page, problems } = await openOptions(ext, 'routine');
    const builder = page.getByRole('region', { name: 'Мой комплекс' });
    await builder.getByRole('button', { name: 'Начать с полного комплекса' }).click();
    await builder.getByText('Комплекс соблюдает все правила.').waitFor();
    await builder.getByRole('button', { name: 'Ниже: «Осанка»' }).click();
    await builder
      .getByText('Начните с осанки: каждый комплекс начинается с того, что вы садитесь прямо.', {
        exact: false,
      })
      .waitFor();
    expect(await optionsAxe(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});
