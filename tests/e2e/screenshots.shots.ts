import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { type Extension, launchExtension } from './support/extension';
import { acknowledgeSafety, openPopup, rememberVoiceAnswer, runSeconds } from './support/popup-page';

// `npm run screenshots`: the README's pictures, from the real production build, light and dark.
// Not part of `npm test` (it rewrites files in assets/screenshots/).

const OUT = resolve('assets/screenshots');
const SCHEMES = ['light', 'dark'] as const;

let ext: Extension;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ext = await launchExtension();
  await ext.context.clock.install();
  await acknowledgeSafety(ext);
  await rememberVoiceAnswer(ext);
  // Three weeks of a returning user's history, most days with a routine or two.
  await ext.evaluate(async () => {
    const days: Record<string, Record<string, unknown>> = {};
    const today = new Date();
    for (let i = 0; i < 21; i++) {
      const d = new Date(today);
      d.setDate(today.getDate() - i);
      const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const weekend = d.getDay() === 0 || d.getDay() === 6;
      const routines = i === 0 ? 1 : weekend ? (i % 3) % 2 : 1 + (i % 3 === 0 ? 1 : 0);
      days[key] = {
        activeMs: (weekend ? 1.5 + (i % 2) : 5 + ((i * 7) % 4)) * 3_600_000 * (i === 0 ? 0.6 : 1),
        prompts: weekend ? 1 : 6,
        routinesFull: Math.min(routines, 1),
        routinesQuick: routines > 1 ? 1 : 0,
        snoozes: i % 4,
        skips: i % 5 === 0 ? 1 : 0,
        naturalBreaks: 3,
        postureChecks: weekend ? 2 : 12,
        comfort: routines ? [3 + (i % 3)] : [],
      };
    }
    await chrome.storage.local.set({ stats: { v: 1, days } });
  });
});
afterAll(() => ext?.close());

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${OUT}/${name}.png`, fullPage });

it('popup status and player', { timeout: 120_000 }, async () => {
  for (const scheme of SCHEMES) {
    await ext.context.clock.resume();
    const { page } = await openPopup(ext);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    await shot(page, `popup-status-${scheme}`);

    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByRole('button', { name: 'Start routine' }).click();
    await page.getByRole('timer').waitFor();
    await runSeconds(page, 3 + 10 + 18 + 6); // get ready, Posture, Metronome right, into the left
    await shot(page, `popup-player-${scheme}`);
    // The safety reminders, one press away in the player.
    await page.getByRole('button', { name: 'Safety' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, `popup-safety-${scheme}`);
    await page.getByRole('button', { name: 'Back to the routine' }).click();
    // Stop with the page's clock running, and wait until the player is gone, so the routine has
    // ended before the next scheme's popup opens.
    await page.clock.resume();
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('timer').waitFor({ state: 'detached' });
    await page.close();
  }
});

it('options and history', { timeout: 120_000 }, async () => {
  await ext.context.clock.resume();
  for (const scheme of SCHEMES) {
    for (const tab of ['breaks', 'history', 'about'] as const) {
      const { page } = await ext.open(`options.html#${tab}`);
      await page.setViewportSize({ width: 1000, height: 820 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator(`#panel-${tab} h2`).waitFor();
      if (tab === 'history') await page.locator('svg').first().waitFor();
      if (tab === 'about') await page.locator('#panel-about h3').first().waitFor();
      await shot(page, `options-${tab}-${scheme}`, true);
      await page.close();
    }
  }
});
