import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { type Extension, launchExtension } from './support/extension';
import {
  acknowledgeSafety,
  axeViolations,
  openPopup,
  rememberVoiceAnswer,
  runSeconds,
  screenshot,
  secondsOf,
  stepName,
  timerText,
} from './support/popup-page';

// The whole routine by keyboard alone: no mouse from the status screen to the comfort rating.

interface StoredStats {
  days: Record<string, { routinesQuick: number; comfort: number[] }>;
}

/** Presses Tab until the focused element is the button named `name` (at most 30 presses). */
async function tabTo(page: import('playwright-core').Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

describe('keyboard only', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.clock.install();
    await acknowledgeSafety(ext);
  });
  afterAll(() => ext?.close());

  it('starts, pauses, steps, finishes and rates the quick routine without a pointer', {
    timeout: 120_000,
  }, async () => {
    const { page, problems } = await openPopup(ext);
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

    // The quick routine is in the More routines list, after its disclosure button.
    await tabTo(page, 'More routines');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Quick routine · 2 min');
    await page.keyboard.press('Enter');
    // The first routine asks once about voice; focus is on its first answer.
    await page.getByRole('heading', { name: 'Guide you by voice?' }).waitFor();
    await tabTo(page, 'No, just the screen');
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    await runSeconds(page, 4);
    expect(await stepName(page)).toBe(TEXT_EN.steps['ex-metronome-r'].name);

    // Space pauses and resumes; the arrows move between steps.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const frozen = await timerText(page);
    await runSeconds(page, 3);
    expect(await timerText(page)).toBe(frozen);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await runSeconds(page, 2);
    await expect.poll(async () => secondsOf(await timerText(page))).toBeLessThan(secondsOf(frozen));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByText('To the left', { exact: true }).count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByText('To the right', { exact: true }).count()).toBeGreaterThan(0);

    // Play it through, then rate it from the keyboard.
    const done = page.getByRole('heading', { name: TEXT_EN.player.after.title });
    for (let s = 0; s < 140 && !(await done.count()); s++) await runSeconds(page, 1);
    expect(await done.count()).toBe(1);
    await tabTo(page, '4 out of 5');
    await page.keyboard.press('Enter');
    await page.getByText('Thanks. Your rating is saved in your history.').waitFor();

    await expect
      .poll(async () => {
        const stats = (await ext.storage('local')).stats as StoredStats | undefined;
        const today = Object.values(stats?.days ?? {}).at(-1);
        return [today?.routinesQuick ?? 0, today?.comfort ?? []];
      })
      .toEqual([1, [4]]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });

  it('Esc stops a running routine and says what happened', { timeout: 60_000 }, async () => {
    await ext.context.clock.resume(); // the first test left the pages' clock paused
    const { page } = await openPopup(ext);
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await tabTo(page, 'Start routine');
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    await runSeconds(page, 6);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('timer').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toBe('');
  });

  it('Safety: the reminders by click and by S, in a dialog; the routine carries on from the same step', {
    timeout: 60_000,
  }, async () => {
    await ext.context.clock.resume(); // the test before left the pages' clock paused
    await rememberVoiceAnswer(ext); // as the first test left it, should this one run alone
    const { page, problems } = await openPopup(ext);
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByRole('button', { name: 'Start routine' }).click();
    await page.getByRole('timer').waitFor();
    await runSeconds(page, 3 + 2);
    await page.clock.runFor(100);
    const step = await stepName(page);
    const dialog = page.getByRole('dialog', { name: 'Safety' });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());

    // By click: the reminders, with the focus in the dialog and the routine paused behind it.
    await page.getByRole('button', { name: 'Safety' }).click();
    await dialog.waitFor();
    for (const cue of TEXT_EN.player.cues)
      expect(await dialog.getByText(cue, { exact: true }).count()).toBe(1);
    expect(await focused()).toBe('Safety');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-safety');
    const frozen = await timerText(page);
    await runSeconds(page, 3);
    expect(await timerText(page)).toBe(frozen);
    // Esc closes the dialog (it does not stop the routine), and the focus is back on the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');
    await runSeconds(page, 2);
    await expect.poll(async () => secondsOf(await timerText(page))).toBeLessThan(secondsOf(frozen));
    expect(await stepName(page)).toBe(step);

    // By key: S, from anywhere in the player.
    await page.keyboard.press('s');
    await dialog.waitFor();
    expect(await dialog.getByText(TEXT_EN.player.cues[2] as string, { exact: true }).count()).toBe(1);
    const frozenAgain = await timerText(page);
    await runSeconds(page, 2);
    expect(await timerText(page)).toBe(frozenAgain);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await runSeconds(page, 2);
    await expect.poll(async () => secondsOf(await timerText(page))).toBeLessThan(secondsOf(frozenAgain));
    expect(await stepName(page)).toBe(step);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});
