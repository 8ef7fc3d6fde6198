// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCueTimeline, type Cue } from '@/src/content/cue-timeline';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { validRoutine } from '@/tests/support/my-routine';
import { SCRIPTS } from './by-locale';

// Any routine a user can save ("My routine": any steps the rules accept, any length in each
// step's range) is followed by ear at the normal speaking rate: every cue is said whole, in its
// move, before the next begins, and nothing of safety is left out. Timed by the calibrated speech
// model the player uses (speech-model.ts; `npm run calibrate:speech` raises it until no recording
// is longer than it says), since a user's routine joins steps in ways no recording has heard.

const SEED = 20261205;
const describeCue = (c: Cue) => `step ${c.step} ${c.kind} "${c.text}"`;

describe.each(CONTENT_LOCALES)(`%s: the voice fits any saved routine (fast-check seed ${SEED})`, (locale) => {
  it('at rate 1: no cue overlaps the next or ends late, and no safety cue is dropped', () => {
    fc.assert(
      fc.property(validRoutine, (steps) => {
        const plan = getVariant('mine', steps);
        const timeline = buildCueTimeline(plan, SCRIPTS[locale], { leadInMs: GET_READY_MS, rate: 1 });
        let freeAt = 0;
        for (const cue of timeline.cues) {
          expect(cue.atMs, `${describeCue(cue)} starts before the one before ends`).toBeGreaterThanOrEqual(
            freeAt,
          );
          expect(cue.endMs, `${describeCue(cue)} ends late`).toBeLessThanOrEqual(cue.dueMs);
          freeAt = cue.endMs;
        }
        expect(timeline.dropped.filter((c) => c.need === 'safety').map(describeCue)).toEqual([]);
        // The stop rule before the first movement, and the massage rule where a massage begins.
        expect(timeline.cues.filter((c) => c.kind === 'stop-rule').length).toBeGreaterThan(0);
        const massage = plan.steps.some((s) => s.phase === 'massage');
        expect(timeline.cues.some((c) => c.kind === 'massage-rule')).toBe(massage);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
