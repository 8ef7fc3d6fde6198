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

/**
 * A button whose visible text contains `label` (the first, if several do), found with a query the
 * page runs itself: for a page whose clock is running, where byRole must not be used.
 *
 * Firefox answers byRole's query (WebDriver BiDi `browsingContext.locateNodes` by role and name)
 * inside the page's own event loop: it walks every element computing its role and name, and forces
 * two refresh-driver ticks for each element that has no accessible yet (Firefox 153's
 * remote/shared/webdriver/Accessibility.sys.mjs). On the player, about 150 elements, one query held
 * the page's timers for 0.3–2 s, and once a wait for a button held them for 4.8 s. A player that
 * has not drawn for 3 s reads its own heartbeat as stale and does what it is built to do when
 * nobody was looking: it pauses at the last frame it showed (reopen()). No user meets that; a test
 * that caused it would see a countdown that does not move.
 */
export function buttonLabelled(page: Page, label: string): Locator<Element> {
  return page.locator(`button::-p-text(${JSON.stringify(label)})`);
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

/**
 * Types into a box as a person would and presses Enter, which commits it as leaving the box does.
 * Not Tab: from a page's last field Tab moves focus out to the browser's toolbar, and puppeteer's
 * clicks do not bring it back into the page.
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  if ((await page.$eval(selector, (el) => (el as HTMLInputElement).type)) === 'time') {
    await typeTime(page, selector, text);
  } else {
    // Select what is there and type over it.
    await page.click(selector, { count: 3 });
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    if (text) await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter');
}

/**
 * Firefox's time box is a row of fields (hours, minutes and, in English, AM/PM) typed one after
 * the other: click the hours and type the digits ("1930" reads 07:30 PM). An emptied hours field
 * empties the value. `text` is "HH:MM" or "".
 */
async function typeTime(page: Page, selector: string, text: string): Promise<void> {
  const box = await (await page.$(selector))?.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.click(selector, { offset: { x: 8, y: box.height / 2 } });
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text.replace(':', ''));
}
