import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { about as ABOUT_EN, text as TEXT_EN } from '@/src/content/lang/en';
import { text as TEXT_RU } from '@/src/content/lang/ru';
import { CONTENT_VERSION } from '@/src/content/version';
import { type Extension, launchExtension, launchReturningUser } from './support/extension';
import {
  axeViolations,
  openPopup,
  runSeconds,
  screenshot,
  showsTimer,
  stepName,
  timerText,
} from './support/popup-page';

// A new user's first routine in real Chromium, with the production build: the safety gate, the
// player's countdown, pause, next and previous, closing the popup and coming back, finishing, and
// the stats the engine keeps. Time in the pages is Playwright's clock, moved on by the test.

interface StoredStats {
  days: Record<string, { routinesFull: number; routinesQuick: number }>;
}

describe('the popup in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    // The pages' clock: it runs normally until the test pauses it at the start of the routine.
    await ext.context.clock.install();
  });
  afterAll(() => ext?.close());

  it('safety gate → start → countdown → pause → next/previous → close and reopen → finish → stats', {
    timeout: 120_000,
  }, async () => {
    let { page, problems } = await openPopup(ext);

    // First run: the safety gate, and nothing else, until it is acknowledged.
    await page.getByRole('heading', { name: TEXT_EN.safety.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-gate');
    // "About this routine" opens in the gate's place, loaded on demand, and Back returns to it.
    await page.getByRole('button', { name: 'About this routine' }).click();
    await page.getByRole('heading', { level: 3, name: ABOUT_EN.choicesTitle }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-about');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: TEXT_EN.safety.title }).waitFor();
    await page.getByRole('checkbox', { name: TEXT_EN.safety.confirm }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    expect((await ext.storage('local')).safetyAck).toMatchObject({ version: CONTENT_VERSION });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-status');

    // From here on, time in the page only moves when the test moves it.
    await page.clock.pauseAt(Date.now() + 1000);
    await page.getByRole('button', { name: 'Start routine' }).click();
    // The first routine asks once about voice, and waits (paused) for the answer. This journey
    // follows the screen; voice.e2e.ts follows the voice (and checks the question with axe).
    await page.getByRole('heading', { name: 'Guide you by voice?' }).waitFor();
    await page.getByRole('button', { name: 'No, just the screen' }).click();
    await page.getByRole('timer').waitFor();
    expect(await stepName(page)).toBe('Get ready');
    expect(await axeViolations(page)).toEqual([]);
    // The screen shows the session as of its last recorded tick. A frame's effects (recording
    // the tick) run within milliseconds in a real browser, so let 100 ms pass, then poll: the
    // write goes through storage, real I/O that the fake clock does not drive.
    await runSeconds(page, 4); // 3 s get-ready, then 1 s into the 10-s first step
    await page.clock.runFor(100);
    await expect.poll(() => stepName(page)).toBe(TEXT_EN.steps['ex-posture'].name);
    await expect.poll(() => timerText(page)).toBe('0:09');
    await runSeconds(page, 3);
    await page.clock.runFor(100);
    await expect.poll(() => timerText(page)).toBe('0:06');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-player');

    // Pause freezes the countdown.
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const frozen = await timerText(page);
    await runSeconds(page, 5);
    expect(await timerText(page)).toBe(frozen);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Resume' }).click();

    // Next and Previous, by button and by key.
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await stepName(page)).toBe('Metronome');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByText('To the left', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => page.getByText('To the right', { exact: true }).count()).toBeGreaterThan(0);
    await runSeconds(page, 5);
    // A real browser runs a frame's effects (here: recording the tick) within milliseconds.
    await page.clock.runFor(100);
    // …and storage (real I/O) has it a moment later: wait for it, as a person would take longer.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const { routine } = await chrome.storage.session.get('routine');
          return Date.now() - (routine as { lastTickAt: number }).lastTickAt;
        }),
      )
      .toBeLessThanOrEqual(1100);
    const stepBeforeClose = await stepName(page);
    const timerBeforeClose = await timerText(page);

    // Closing the popup pauses the routine; opening it again shows the same step, paused.
    await page.close();
    await page.clock.fastForward(60_000);
    ({
      page,
      problems: { ...problems },
    } = await reopen(ext));
    await page.getByRole('timer').waitFor();
    expect(await stepName(page)).toBe(stepBeforeClose);
    expect(await timerText(page)).toBe(timerBeforeClose);
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await runSeconds(page, 3);
    expect(await timerText(page)).toBe(timerBeforeClose);
    expect(await axeViolations(page)).toEqual([]);

    // Play the rest of the routine through to the end.
    await page.getByRole('button', { name: 'Resume' }).click();
    const done = page.getByRole('heading', { name: TEXT_EN.player.after.title });
    for (let s = 0; s < 310 && !(await done.count()); s++) await runSeconds(page, 1);
    expect(await page.getByText("It counts toward today's goal.").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-done');

    // The engine counted it.
    await expect
      .poll(async () => {
        const stats = (await ext.storage('local')).stats as StoredStats | undefined;
        return Object.values(stats?.days ?? {}).reduce((n, d) => n + d.routinesFull, 0);
      })
      .toBe(1);
    expect(await ext.storage('session')).not.toHaveProperty('routine');
    await page.getByRole('button', { name: '5 out of 5' }).click();
    await page.getByText('Thanks. Your rating is saved in your history.').waitFor();

    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
});

describe('the popup in Chromium: a due break, stopping for pain, dark mode', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser();
  });
  afterAll(() => ext?.close());

  it('the break prompt and the stop advice pass axe in light and dark', { timeout: 60_000 }, async () => {
    await makeBreakDue(ext);
    const { page, problems } = await openPopup(ext);
    // The startup benchmark's mark: set once, when the screen shows stored data.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('nape:ready').length)).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await showIn(page, scheme);
      await page.getByRole('heading', { name: 'Time for a neck break' }).waitFor();
      expect(await page.getByRole('button', { name: 'Snooze 5 min' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `popup-due-${scheme}`);
    }
    // The list of every routine, open, passes too.
    await page.getByRole('button', { name: 'More routines' }).click();
    await page.getByRole('list').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await showIn(page, scheme);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Quick routine · 2 min' }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await showIn(page, scheme);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `popup-player-${scheme}`);
    }
    await page.getByRole('button', { name: 'Stop — pain or dizziness' }).click();
    await page.getByRole('heading', { name: TEXT_EN.player.stop.title }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await showIn(page, scheme);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `popup-stopped-${scheme}`);
    }
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
});

describe('the routine in its own window', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser();
  });
  afterAll(() => ext?.close());

  it('Pop out moves the playing routine into a window that carries on', { timeout: 60_000 }, async () => {
    const { page, problems } = await openPopup(ext);
    await page.getByRole('button', { name: 'Start routine' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const step = await stepName(page);
    const opened = ext.context.waitForEvent('page', (p) => p.url().endsWith('/routine.html'));
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Pop out' }).click();
    const [win] = await Promise.all([opened, closed]);
    await win.setViewportSize({ width: 420, height: 720 });
    await win.getByRole('timer').waitFor();
    expect(await stepName(win)).toBe(step);
    // Still playing: the popup's last tick was fresh when the window took over.
    expect(await win.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(await win.getByRole('button', { name: 'Pop out' }).count()).toBe(0);
    expect(await axeViolations(win)).toEqual([]);
    await screenshot(win, 'routine-window');
    await win.keyboard.press('Escape');
    await win.getByRole('button', { name: 'Close' }).waitFor();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});

describe('the popup in Chromium, in Russian', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ lang: 'ru' });
  });
  afterAll(() => ext?.close());

  it('shows the gate, the status and the player in Russian', { timeout: 60_000 }, async () => {
    const { page, problems } = await openPopup(ext);
    await page.getByRole('heading', { name: TEXT_RU.safety.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByRole('checkbox', { name: TEXT_RU.safety.confirm }).check();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByRole('button', { name: 'Начать комплекс' }).waitFor();
    expect(await page.getByText('Перерыв для шеи через').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-status-ru');
    await page.getByRole('button', { name: 'Начать комплекс' }).click();
    await page.getByRole('heading', { name: 'Подсказывать голосом?' }).waitFor();
    await page.getByRole('button', { name: 'Нет, только на экране' }).click();
    await page.getByRole('heading', { name: 'Приготовьтесь' }).waitFor();
    await page.getByRole('button', { name: 'Дальше' }).click();
    await page.getByRole('heading', { name: TEXT_RU.steps['ex-posture'].name }).waitFor();
    expect(await page.getByText(TEXT_RU.steps['ex-posture'].instruction).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Стоп — боль или головокружение' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-player-ru');
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  });
});

/** Switches the colour scheme and waits for the colour transitions to finish before axe looks. */
async function showIn(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  // Only the colour transitions: the step figure's own animations never end.
  await page.waitForFunction(() => !document.getAnimations().some((a) => a instanceof CSSTransition));
}

/** Puts the stored engine state into "neck break due", as the worker would after the interval. */
async function makeBreakDue(ext: Extension) {
  await ext.worker();
  await ext.evaluate(async () => {
    const { engine } = await chrome.storage.local.get('engine');
    const now = Date.now();
    const neck = {
      status: 'due',
      activeMs: 3_600_000,
      dueAt: now,
      snoozes: 0,
      prompt: { kind: 'shown', at: now, activeMsAt: 3_600_000 },
    };
    await chrome.storage.local.set({ engine: { ...(engine as object), neck } });
  });
}

async function reopen(ext: Extension) {
  const opened = await openPopup(ext);
  await showsTimer(opened.page);
  return opened;
}
