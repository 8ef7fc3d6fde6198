import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './support/extension';
import {
  axeViolations,
  fieldError,
  openOptions,
  seedHistory,
  syncSnapshot,
  TABS,
} from './support/options-page';

// The options page with the browser in Russian: every tab in Russian, and still nothing for axe.

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension({ lang: 'ru' });
});
afterAll(() => ext?.close());

describe('options page in Russian', () => {
  it('speaks Russian and says so to screen readers', async () => {
    const { page } = await openOptions(ext, 'breaks');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.title()).toBe('Настройки Nape');
    expect(await page.locator('#panel-breaks h2').textContent()).toBe('Перерывы');
    await page.close();
  });

  it('refuses an invalid value with a Russian message and writes nothing', async () => {
    const { page } = await openOptions(ext, 'routine');
    const before = await syncSnapshot(ext);
    await page.locator('#set-routine-voiceRate').fill('0.2');
    await page.locator('#set-routine-voiceRate').press('Tab');
    await expect.poll(() => fieldError(page, '#set-routine-voiceRate')).toBe('Введите не меньше 0,5.');
    expect(await syncSnapshot(ext)).toBe(before);
    await page.close();
  });

  it('axe finds no violations on any tab, history included, and the page is clean', async () => {
    await seedHistory(ext, { 0: { activeMs: 3_600_000, routinesFull: 2 }, 2: { activeMs: 600_000 } });
    const { page, problems } = await openOptions(ext, 'welcome');
    for (const key of TABS) {
      await page.locator(`#tab-${key}`).click();
      await page.locator(`#panel-${key} h2`).waitFor();
      if (key === 'history') await page.locator('#panel-history svg').first().waitFor();
      if (key === 'about') await page.locator('#panel-about h3').first().waitFor();
      expect(await axeViolations(page), key).toEqual([]);
    }
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
});
