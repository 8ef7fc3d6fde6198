// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moveWindows } from '@/src/content/choreography';
import { buildCueTimeline, type Cue, NEXT_MARGIN_MS } from '@/src/content/cue-timeline';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import { CHOREOGRAPHY } from '@/src/content/steps';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { SCRIPTS } from './by-locale';
import { wordsOf } from './words';

// The voice keeps time at every rate the settings allow. The player places each cue with the
// calibrated speech model (speech-model.ts); here every cue is then "said" for as long as a real
// synthesiser took to say it (espeak-ng, measured by `npm run calibrate:speech` into
// tests/tools/speech-durations.json; speech-calibration.test.ts keeps that table current) and
// checked: no cue runs into the next one, none runs past the move it belongs to, "Next: …" ends at
// least a second before its step does, and what a slow voice leaves out is never a safety cue or a
// step's first instruction.

const TABLE = JSON.parse(readFileSync('tests/tools/speech-durations.json', 'utf8')) as {
  durations: Record<ContentLocale, Record<string, number>>;
};
const STOP = wordsOf('voiceTimingStop');
/** The settings' range of speaking rates (routine.voiceRate), ends and middle. */
const RATES = [0.5, 0.75, 1, 1.5, 2] as const;

/** How long the synthesiser took to say `text` at `rate`: its speed scales the whole recording. */
const measured = (text: string, locale: ContentLocale, rate: number): number => {
  const ms = TABLE.durations[locale][text];
  if (ms === undefined) throw new Error(`"${text}" was never measured: run npm run calibrate:speech`);
  return ms / rate;
};

const describeCue = (c: Cue) => `step ${c.step} ${c.kind} "${c.text}"`;

describe.each(CONTENT_LOCALES)('%s voice timing', (locale) => {
  describe.each(SHIPPED_VARIANT_IDS)('%s routine', (variant) => {
    const plan = getVariant(variant);

    it.each(RATES)('at rate %s: every cue is said whole, in its move, before the next one', (rate) => {
      const timeline = buildCueTimeline(plan, SCRIPTS[locale], { leadInMs: GET_READY_MS, rate });
      let freeAt = 0;
      for (const cue of timeline.cues) {
        const step = plan.steps[cue.step];
        if (!step) throw new Error(`no step ${cue.step}`);
        const stepStart = GET_READY_MS + step.startMs;
        const stepEnd = stepStart + step.durationMs;
        const realEnd = cue.atMs + measured(cue.text, locale, rate);
        expect(cue.atMs, `${describeCue(cue)} starts before the one before it ends`).toBeGreaterThanOrEqual(
          freeAt,
        );
        if (cue.kind === 'next') {
          expect(realEnd, `${describeCue(cue)} ends too close to the step's end`).toBeLessThanOrEqual(
            stepEnd - NEXT_MARGIN_MS,
          );
        } else {
          const moves = moveWindows(CHOREOGRAPHY[step.id], step.durationMs);
          const own = moves.find((m) => m.move === cue.move);
          if (!own) throw new Error(`${describeCue(cue)}: no move ${cue.move}`);
          // A step's first instruction may run on into the hold right after its move (not after a
          // setup: the arm must be placed before the head moves).
          const [first, second] = moves;
          const end =
            cue.kind === 'start' && first?.move === 'in' && second?.move === 'hold'
              ? second.endMs
              : own.endMs;
          // The stop rule at the very start is said in the countdown, before the first move.
          const from = cue.step === 0 && cue.kind === 'stop-rule' ? 0 : stepStart + own.startMs;
          expect(cue.atMs, `${describeCue(cue)} before its move`).toBeGreaterThanOrEqual(from);
          expect(realEnd, `${describeCue(cue)} runs past its move`).toBeLessThanOrEqual(stepStart + end);
        }
        freeAt = realEnd;
      }
    });

    it.each(RATES)('at rate %s: never leaves out a safety cue; the stop rule is heard twice', (rate) => {
      const timeline = buildCueTimeline(plan, SCRIPTS[locale], { leadInMs: GET_READY_MS, rate });
      expect(timeline.dropped.filter((c) => c.need === 'safety').map(describeCue)).toEqual([]);
      // Before the first exercise, and in the massage rules before the first massage step.
      const stops = timeline.cues.filter((c) => STOP[locale].test(c.text));
      expect(stops.map((c) => c.kind)).toEqual(['stop-rule', 'massage-rule']);
    });

    it.each(RATES.filter((r) => r >= 1))('at rate %s: every instruction and "Next" is said', (rate) => {
      const timeline = buildCueTimeline(plan, SCRIPTS[locale], { leadInMs: GET_READY_MS, rate });
      // Only what the screen or the movement itself already says may go: "Hold." and a subtitle.
      const left = timeline.dropped.filter((c) => c.need !== 'confirm' && c.need !== 'subtitle');
      expect(left.map(describeCue)).toEqual([]);
    });
  });
});
