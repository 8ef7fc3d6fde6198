import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { CONTENT_VERSION } from '@/src/content/version';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';
import {
  axeViolationsIn,
  buttonLabelled,
  byRole,
  openPopupTab,
  stepNameOf,
  textOf,
  timerText,
} from '@/tests/e2e/support/firefox-page';
import { secondsOf } from '@/tests/e2e/support/popup-page';

/**
 * Where the routine is: its step number and the seconds left in it. The quick routine's first
 * step is 15 s, which a slow machine can spend on the checks below: a step may end mid-test, so
 * "the clock moved" means a later step, or fewer seconds in the same one.
 */
async function whereIs(page: Parameters<typeof stepNameOf>[0]): Promise<[number, number]> {
  const step = Number(((await textOf(page, 'body')) ?? '').match(/Step (\d+) of \d+/)?.[1] ?? Number.NaN);
  return [step, secondsOf(await timerText(page))];
}
const isAfter = ([step, seconds]: [number, number], [step0, seconds0]: [number, number]) =>
  step > step0 || (step === step0 && seconds < seconds0);

// A new user's first look at the popup in real Firefox ESR, with the production build: the safety
// gate, the status, the voice question, and the quick routine's player counting down, paused
// and moved on. Time is real here (puppeteer has no clock to install), so each check waits for
// the screen to change.
// While the routine plays, the page is read only with queries it runs itself (CSS, visible
// labels), never byRole: Firefox's role query holds the page's timers for seconds, long enough
// for the player to pause itself (see buttonLabelled). byRole is used while the routine is paused.

interface StoredRoutine {
  variant: string;
  pausedAt: number | null;
}

describe('the popup in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(() => ext?.close());

  it('safety gate → status → quick routine: countdown, Pause, Next; axe-clean throughout', {
    timeout: 90_000,
  }, async () => {
    const page = await openPopupTab(ext);

    // First run: the safety gate, which will not let anyone past without the box ticked.
    await byRole(page, 'heading', TEXT_EN.safety.title).wait();
    expect(await axeViolationsIn(page)).toEqual([]);
    await byRole(page, 'button', 'Continue').click();
    await byRole(page, 'alert').wait();
    expect(await ext.storage('local')).not.toHaveProperty('safetyAck');
    await byRole(page, 'checkbox', TEXT_EN.safety.confirm).click();
    await byRole(page, 'button', 'Continue').click();

    // The status: when the next break comes, and the way to start a routine now.
    await byRole(page, 'button', 'Start routine').wait();
    expect((await ext.storage('local')).safetyAck).toMatchObject({ version: CONTENT_VERSION });
    expect(await textOf(page, 'body')).toContain('Next neck break in');
    expect(await axeViolationsIn(page)).toEqual([]);

    // The quick routine: a few seconds to get ready, then the first step counts down.
    // From the list of every routine, which passes axe open too.
    await byRole(page, 'button', 'More routines').click();
    await byRole(page, 'list').wait();
    expect(await axeViolationsIn(page)).toEqual([]);
    await byRole(page, 'button', 'Quick routine · 2 min').click();
    // The first routine asks once about voice, and waits for the answer.
    await byRole(page, 'heading', 'Guide you by voice?').wait();
    expect(await axeViolationsIn(page)).toEqual([]);
    await byRole(page, 'button', 'No, just the screen').click();
    // Playing from here: the get-ready countdown has started.
    await page.locator('[role="timer"]').wait();
    expect(((await ext.storage('session')).routine as StoredRoutine).variant).toBe('quick');
    expect(await stepNameOf(page)).toBe('Get ready');
    expect(await axeViolationsIn(page)).toEqual([]);
    await expect.poll(() => stepNameOf(page), { timeout: 10_000 }).not.toBe('Get ready');
    const atStart = await whereIs(page);
    await expect.poll(async () => isAfter(await whereIs(page), atStart), { timeout: 5000 }).toBe(true);

    // Pause holds the countdown where it is, for as long as the user likes.
    await buttonLabelled(page, 'Pause').click();
    await byRole(page, 'button', 'Resume').wait();
    await expect
      .poll(async () => ((await ext.storage('session')).routine as StoredRoutine).pausedAt)
      .not.toBeNull();
    const frozen = await whereIs(page);
    const frozenStep = await stepNameOf(page);
    // A paused countdown is the absence of an event: the only way to see it is to let time pass.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await whereIs(page)).toEqual(frozen);
    expect(await stepNameOf(page)).toBe(frozenStep);
    expect(await axeViolationsIn(page)).toEqual([]);

    // Next moves on to the following step, paused or not (paused here, so that the step cannot
    // also end on its own meanwhile); both sides of an exercise share its name.
    await byRole(page, 'button', 'Next').click();
    await expect.poll(() => whereIs(page).then(([step]) => step)).toBe(frozen[0] + 1);
    expect(secondsOf(await timerText(page))).toBeGreaterThan(0);
    expect(await axeViolationsIn(page)).toEqual([]);

    // Resume carries on from there.
    const beforeResume = await whereIs(page);
    await byRole(page, 'button', 'Resume').click();
    await buttonLabelled(page, 'Pause').wait();
    await expect.poll(async () => isAfter(await whereIs(page), beforeResume), { timeout: 5000 }).toBe(true);

    await page.close();
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(await ext.externalRequests()).toEqual([]);
  });
});
