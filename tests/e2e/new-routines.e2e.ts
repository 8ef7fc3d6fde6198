import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveIndexAt } from '@/src/content/choreography';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { CHOREOGRAPHY } from '@/src/content/steps';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { LONGER_AFTER_ROUTINES } from '@/src/core/routine/offers';
import { patchSettings } from './support/engine-fixtures';
import { type Extension, launchReturningUser } from './support/extension';
import { seedHistory } from './support/options-page';
import { openPopup, runSeconds, stepName } from './support/popup-page';

// The evening routine and the longer session play in the built extension: started as the default
// routine, each of their first steps shows its name and its own picture (titled as the step,
// drawn with hands where the step works with them, moving as the choreography says), and the
// steps advance on time. Choosing them from the popup's list is routines.e2e.ts.

const KINDS = ['evening', 'longer'] as const;
/** How many steps are followed. */
const FOLLOWED = 4;

describe.each(KINDS)('the %s routine plays', (kind) => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchReturningUser({ clock: true });
    // The longer session waits for a few counted routines.
    await seedHistory(ext, { 1: { routinesFull: LONGER_AFTER_ROUTINES } });
    await patchSettings(ext, { routine: { defaultVariant: kind } });
  });
  afterAll(() => ext?.close());

  it(`its first ${FOLLOWED} steps, each with its picture, on time`, { timeout: 120_000 }, async () => {
    const plan = getVariant(kind);
    await ext.context.clock.resume();
    const { page, problems } = await openPopup(ext);
    await page.getByRole('button', { name: 'Start routine' }).waitFor();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByRole('button', { name: 'Start routine' }).click();
    await page.getByRole('timer').waitFor();
    let at = 0;
    for (const step of plan.steps.slice(0, FOLLOWED)) {
      // A few seconds into the step: past the countdown for the first.
      const into = 3;
      const target = GET_READY_MS / 1000 + step.startMs / 1000 + into;
      await runSeconds(page, target - at);
      at = target;
      const text = TEXT_EN.steps[step.id];
      await expect.poll(() => stepName(page), { message: step.id }).toBe(text.name);
      const title = text.sideLabel ? `${text.name}, ${text.sideLabel}` : text.name;
      const figure = page.getByRole('img', { name: title, exact: true });
      expect(await figure.count(), step.id).toBe(1);
      // Its own keyframes, and the move the choreography has under way.
      expect(await figure.locator('style').textContent(), step.id).toContain(`fig-hold-${step.id}`);
      const choreography = CHOREOGRAPHY[step.id];
      const move = choreography.moves[moveIndexAt(choreography, step.durationMs, into * 1000)]?.move;
      expect(await figure.getAttribute('data-phase'), step.id).toBe(move);
      expect(await figure.locator('.hand').count(), step.id).toBeGreaterThan(0);
      // Not the neutral figure of a picture it does not know, which has no arrows.
      expect(await figure.locator('.ar').count(), step.id).toBeGreaterThan(0);
    }
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    await page.close();
  });
});
