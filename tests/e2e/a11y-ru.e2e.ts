import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueState } from './support/engine-fixtures';
import { type Extension, launchReturningUser } from './support/extension';
import { axeViolations, openPopup } from './support/popup-page';

// The popup states the other Russian pass does not reach — break due, the list of routines, paused,
// the safety reminders over the player, the stop advice, the routine window — checked with axe in Russian, light and dark.

describe('accessibility in Russian', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser({ lang: 'ru' });
  });
  afterAll(() => ext?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`break due, paused, safety reminders, stop advice and the routine window pass axe (${scheme})`, {
      timeout: 60_000,
    }, async () => {
      await ext.evaluate((s) => chrome.storage.local.set({ engine: s }), dueState(Date.now()));
      const { page, problems } = await openPopup(ext);
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: 'Пропустить перерыв' }).waitFor();
      expect(await page.getByRole('button', { name: 'Отложить на 10 мин' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      // The list of every routine, the longer one locked with its reason.
      await page.getByRole('button', { name: 'Другие комплексы' }).click();
      await page.getByText(/^Откроется после 3 комплексов/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('list').count()).toBe(0);

      await page.getByRole('button', { name: 'Пропустить перерыв' }).click();
      await page.getByRole('button', { name: 'Приостановить напоминания' }).click();
      await page.getByRole('button', { name: 'На 1 час' }).click();
      await page.getByRole('button', { name: 'Возобновить напоминания' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Возобновить напоминания' }).click();

      await page.getByRole('button', { name: 'Начать комплекс' }).click();
      await page.getByRole('button', { name: 'Безопасность' }).click();
      await page.getByRole('dialog', { name: 'Безопасность' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await page.getByRole('button', { name: 'Стоп — боль или головокружение' }).click();
      await expect.poll(() => page.getByRole('timer').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();

      const win = (await ext.open('routine.html')).page;
      await win.emulateMedia({ colorScheme: scheme });
      await win.getByRole('button', { name: 'Начать комплекс' }).waitFor();
      expect(await axeViolations(win)).toEqual([]);
      await win.close();
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    });
  }
});
