import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { timedPlan } from '@/src/content/routines';
import { GET_READY_MS } from '@/src/core/routine';
import { LONGER_AFTER_ROUTINES } from '@/src/core/routine/offers';
import { VARIANT_IDS, type VariantId } from '@/src/core/routine/plan';
import { patchSettings } from './support/engine-fixtures';
import { type Extension, launchReturningUser } from './support/extension';
import { openOptions, seedHistory } from './support/options-page';
import { axeViolations, openPopup, runSeconds, stepName } from './support/popup-page';
import { message } from './support/speech-recorder';

// Choosing a routine in the popup, by keyboard alone: "More routines" opens the list of every
// kind, and each kind starts from it and plays its own first step. The longer session waits for a
// few counted routines, "My routine" for a saved one; a routine played through is counted by its
// kind in History.

/** A routine of the user's own that keeps the rules, 60 s: posture, then the massage between strokes. */
const MINE = [
  { step: 'ex-posture', seconds: 10 },
  { step: 'ms-stroke-open', seconds: 20 },
  { step: 'ms-rub', seconds: 15 },
  { step: 'ms-stroke-close', seconds: 15 },
];

/** The name a kind has in the list (its button says the name, then its length). */
const nameOf = (kind: VariantId) => message('en', `popup.routine.${kind}`);

/** Text of the focused element. */
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

/** Presses Tab until the focused element's text starts with `text` (at most 30 presses). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).startsWith(text)) return;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

/** The popup on its status screen, the list of routines opened with the keyboard. */
async function openListByKeyboard(ext: Extension) {
  await ext.context.clock.resume();
  const opened = await openPopup(ext);
  const { page } = opened;
  await page.getByRole('button', { name: 'Start routine' }).waitFor();
  await tabTo(page, 'More routines');
  await page.keyboard.press('Enter');
  await page.getByRole('list').waitFor();
  return opened;
}

const engineMode = async (ext: Extension) =>
  ((await ext.storage('local')).engine as { mode: { kind: string } } | undefined)?.mode.kind;

const sessionVariant = async (ext: Extension) =>
  ((await ext.storage('session')).routine as { variant: string } | undefined)?.variant;

describe('choosing a routine from the popup', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser({ clock: true });
  });
  afterAll(() => ext?.close());

  it('the list opens and closes by keyboard; the longer session is locked, with its reason, and "My routine" absent, for a new user', {
    timeout: 60_000,
  }, async () => {
    const { page, problems } = await openListByKeyboard(ext);
    const toggle = page.getByRole('button', { name: 'More routines' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const list = page.getByRole('list');
    const labels = await list.getByRole('button').allTextContents();
    expect(labels.map((l) => l.split(' · ')[0])).toEqual(VARIANT_IDS.filter((k) => k !== 'mine').map(nameOf));
    const longer = list.getByRole('button', { name: new RegExp(`^${nameOf('longer')}`) });
    expect(await longer.getAttribute('aria-disabled')).toBe('true');
    expect(await longer.evaluate((b) => b.getAttribute('aria-describedby'))).toBeTruthy();
    expect(
      await page.getByText(`Opens after ${LONGER_AFTER_ROUTINES} routines. Done so far: 0.`).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes it and gives the focus back to its button; Enter opens it again.
    await tabTo(page, nameOf('quick'));
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page)).toBe('More routines');
    await page.keyboard.press('Enter');
    await list.waitFor();
    // The locked one starts nothing.
    await tabTo(page, nameOf('longer'));
    await page.keyboard.press('Enter');
    expect(await page.getByRole('timer').count()).toBe(0);
    expect(await engineMode(ext)).not.toBe('routine');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    await page.close();
  });

  it.each(VARIANT_IDS.map((kind) => [kind]))(
    '%s starts from the list and plays its own first step',
    {
      timeout: 60_000,
    },
    async (kind) => {
      // Enough routines done for the longer session, and a routine of the user's own saved.
      await seedHistory(ext, { 1: { routinesFull: LONGER_AFTER_ROUTINES } });
      await patchSettings(ext, { routine: { mine: MINE } });
      const { page, problems } = await openListByKeyboard(ext);
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await tabTo(page, `${nameOf(kind)} · `);
      await page.keyboard.press('Enter');
      await page.getByRole('timer').waitFor();
      expect(await sessionVariant(ext)).toBe(kind);
      await runSeconds(page, Math.ceil(GET_READY_MS / 1000) + 1);
      const first = timedPlan(kind, MINE).steps[0]?.id as keyof typeof TEXT_EN.steps;
      await expect.poll(() => stepName(page)).toBe(TEXT_EN.steps[first].name);
      // Esc stops it; the engine is back to normal for the next kind.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('timer').count()).toBe(0);
      await expect.poll(() => engineMode(ext)).toBe('normal');
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
      await page.close();
    },
  );

  it('the evening routine played through is counted as an evening routine in History', {
    timeout: 180_000,
  }, async () => {
    await seedHistory(ext, {});
    const { page } = await openListByKeyboard(ext);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await tabTo(page, `${nameOf('evening')} · `);
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    const done = page.getByRole('heading', { name: TEXT_EN.player.after.title });
    const seconds = timedPlan('evening').steps.reduce((sum, s) => sum + s.durationMs, GET_READY_MS) / 1000;
    for (let s = 0; s < seconds + 20 && !(await done.count()); s++) await runSeconds(page, 1);
    expect(await done.count()).toBe(1);
    await expect.poll(() => engineMode(ext)).toBe('normal');
    await page.close();

    await ext.context.clock.resume();
    const { page: options } = await openOptions(ext, 'history');
    await options.getByText('Show as a table').click();
    const table = options.getByRole('table');
    const headers = await table.getByRole('columnheader').allTextContents();
    // Today's row: its date is the row's header, then a cell under each other column.
    const today = await table.getByRole('row').nth(1).getByRole('cell').allTextContents();
    const byColumn = Object.fromEntries(headers.slice(1).map((h, i) => [h, today[i]]));
    expect(byColumn).toMatchObject({ Routines: '1', Evening: '1', Full: '0', Quick: '0' });
    await options.close();
  });
});
