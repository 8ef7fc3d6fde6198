import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CONTENT_VERSION } from '@/src/content/version';
import { axeSource } from './axe';
import type { Extension, PageProblems } from './extension';
import type { ExtensionPages } from './extension-pages';

// Helpers for the popup's end-to-end tests: open it at the toolbar popup's size, seed what a
// returning user has, run axe, keep screenshots for a human to look at.

/** Chrome's toolbar popup: our page is 360 px wide and Chrome caps popups at 600 px high. */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

export async function openPopup(
  ext: Extension,
  path = 'popup.html',
): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await ext.open(path);
  await opened.page.setViewportSize(POPUP_VIEWPORT);
  return opened;
}

/**
 * Stores the safety acknowledgement a returning user has (of the current safety content), so a
 * test can start past the gate.
 */
export async function acknowledgeSafety(ext: ExtensionPages, version = CONTENT_VERSION): Promise<void> {
  await ext.evaluate((v) => chrome.storage.local.set({ safetyAck: { version: v, at: Date.now() } }), version);
}

/**
 * Stores that the first routine's voice question was answered, as a returning user has it (the
 * question itself is answered on screen in the new-user journeys and in voice.e2e.ts).
 */
export async function rememberVoiceAnswer(ext: ExtensionPages): Promise<void> {
  await ext.evaluate(() => chrome.storage.sync.set({ voiceAsked: { at: Date.now() } }));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary?: string }[];
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.x A and AA rules, best practices included). axe
 * schedules its work with timers, which Playwright's installed clock owns: the clock is nudged on
 * a few milliseconds at a time until axe is done, so a paused page moves on only by that much.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the extension's CSP refuses an injected <script> tag
  // (page.addScriptTag), and a refused one would also show up as a CSP violation of the page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  let settled = false;
  const run = page
    .evaluate(async () => {
      type Axe = { run(ctx: Document): Promise<{ violations: AxeViolation[] }> };
      const { violations } = await (Reflect.get(window, 'axe') as Axe).run(document);
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          summary: (n as { failureSummary?: string }).failureSummary,
        })),
      }));
    })
    .finally(() => {
      settled = true;
    });
  for (let i = 0; i < 2000 && !settled; i++) await page.clock.runFor(2);
  return run;
}

const ARTIFACTS = resolve('tests/e2e/artifacts');

/** Saves what the popup shows (its 600-px viewport) under tests/e2e/artifacts (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/**
 * Lets `seconds` pass on the page's fake clock (Playwright's clock, installed and paused), a
 * second at a time so the player's once-a-second heartbeat keeps up, as it does in real time. A
 * page whose heartbeat lags more than 3 s reads as a closed popup and pauses.
 */
export async function runSeconds(page: Page, seconds: number): Promise<void> {
  for (let i = 0; i < seconds; i++) await page.clock.runFor(1000);
}

/**
 * Waits for the player on a page whose clock is paused: the paused clock fires nothing by itself,
 * not even the frames that run the page's effects, so it is nudged on in small steps until the
 * player is on screen.
 */
export async function showsTimer(page: Page): Promise<void> {
  for (let i = 0; i < 200 && (await page.getByRole('timer').count()) === 0; i++) await page.clock.runFor(20);
  await page.getByRole('timer').waitFor();
}

/** The text of the countdown (role="timer"). */
export const timerText = (page: Page) => page.getByRole('timer').textContent();

/** "1:05" → 65. */
export function secondsOf(clock: string | null): number {
  const [m, sec] = (clock ?? '').split(':').map(Number);
  return (m ?? 0) * 60 + (sec ?? 0);
}

/** The player's step heading. */
export const STEP_NAME = '#step-name';
export const stepName = (page: Page) => page.locator(STEP_NAME).textContent();
