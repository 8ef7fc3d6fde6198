import type { Locator, Page } from 'puppeteer-core';
import { axeSource, axeSummaryIn } from './axe';
import type { FirefoxExtension } from './firefox';
import { POPUP_VIEWPORT, STEP_NAME } from './popup-page';

// Page helpers for the Firefox suite, in puppeteer's terms; the facts they rest on (the popup's
// size, the step heading, axe, the options page's fields and messages) come from the shared
// support files. Elements are found the way a user finds them: by role and accessible name.

/** The element with this ARIA role and accessible name (puppeteer's accessibility-tree query). */
export function byRole(page: Page, role: string, name?: string): Locator<Element> {
  const named = name === undefined ? '' : `[name=${JSON.stringify(name)}]`;
  return page.locator(`::-p-aria(${named}[role="${role}"])`);
}

/** The text of the first element matching a CSS selector, or null when there is none. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, selector);

/** The popup as a tab, at the toolbar popup's size. */
export async function openPopupTab(ext: FirefoxExtension): Promise<Page> {
  const page = await ext.open('popup.html');
  await page.setViewport(POPUP_VIEWPORT);
  return page;
}

/** The countdown's text (role="timer"). */
export const timerText = (page: Page) => textOf(page, '[role="timer"]');

/** The player's step heading. */
export const stepNameOf = (page: Page) => textOf(page, STEP_NAME);

/** axe-core's violations on the page as it is now, summarised. */
export async function axeViolationsIn(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(axeSummaryIn);
}

/** Types into a box as a person would (select what is there, type over it) and leaves it with Tab. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}
