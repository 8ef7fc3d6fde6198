// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { instructionLines, lineAt, moveIndexAt, moveWindows } from '@/src/content/choreography';
import { buildCueTimeline } from '@/src/content/cue-timeline';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { CHOREOGRAPHY, STEPS } from '@/src/content/steps';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { figureMotion } from '@/src/ui/figure/motion';
import { SCRIPTS, TEXTS } from './by-locale';

// Each step's movement is declared once (choreography.ts); the voice's cue times, the figure's
// keyframes and the highlighted instruction line are derived from it. These tests hold the words of
// every language to the choreography, and the derived picture and voice to each other.

describe('choreography', () => {
  it.each(STEPS.map((s) => s.id))('%s: moves cover the step in order, from 0 to 1', (id) => {
    const { moves, cues, lines } = CHOREOGRAPHY[id];
    expect(moves.length).toBeGreaterThan(0);
    moves.forEach((m, i) => {
      expect(m.until, `${id} move ${i}`).toBeGreaterThan(i === 0 ? 0 : (moves[i - 1]?.until ?? 0));
    });
    expect(moves.at(-1)?.until).toBe(1);
    const named = new Set(moves.map((m) => m.move));
    for (const cue of cues) expect(named, `${id}: cue in "${cue.move}"`).toContain(cue.move);
    for (const line of lines) expect(named, `${id}: line about "${line}"`).toContain(line);
  });

  describe.each(CONTENT_LOCALES)('%s words follow it', (locale) => {
    it.each(STEPS.map((s) => s.id))(
      '%s: one spoken cue per choreographed cue, one line per sentence',
      (id) => {
        const { cues, lines } = CHOREOGRAPHY[id];
        expect(SCRIPTS[locale].steps[id].during.length, `${id}: timed cues`).toBe(cues.length);
        expect(
          instructionLines(TEXTS[locale].steps[id].instruction),
          `${id}: instruction sentences`,
        ).toHaveLength(lines.length);
      },
    );
  });

  it('highlights the line of the move under way, or the last line before it', () => {
    const metronome = CHOREOGRAPHY['ex-metronome-r'];
    const at = (share: number) => lineAt(metronome, moveIndexAt(metronome, 10_000, share * 10_000));
    expect([at(0), at(0.4), at(0.6), at(0.9)]).toEqual([0, 1, 2, 2]);
  });

  it('Closing strokes: "rest your hands" lights up, and is said, only once the hands stop', () => {
    const closing = CHOREOGRAPHY['ms-stroke-close'];
    const at = (share: number) => lineAt(closing, moveIndexAt(closing, 15_000, share * 15_000));
    expect([at(0), at(0.5), at(0.7), at(0.99)]).toEqual([0, 0, 1, 1]);
    expect(closing.cues).toEqual([{ move: 'rest', role: 'movement' }]);
    const timeline = buildCueTimeline(getVariant('full'), SCRIPTS.en, { leadInMs: GET_READY_MS });
    const last = getVariant('full').steps.length - 1;
    const rest = timeline.cues.find(
      (c) => c.step === last && c.text === SCRIPTS.en.steps['ms-stroke-close'].during[0],
    );
    const stepStart =
      GET_READY_MS +
      getVariant('full')
        .steps.slice(0, last)
        .reduce((t, s) => t + s.durationMs, 0);
    expect((rest?.atMs ?? 0) - stepStart).toBeGreaterThanOrEqual(0.65 * 15_000);
  });

  it('places moves in whole milliseconds that tile the step', () => {
    const windows = moveWindows(CHOREOGRAPHY['ex-frame-r'], 15_000);
    expect(windows[0]?.startMs).toBe(0);
    expect(windows.at(-1)?.endMs).toBe(15_000);
    windows.slice(1).forEach((w, i) => {
      expect(w.startMs).toBe(windows[i]?.endMs);
    });
  });
});

describe('voice and picture from one timeline', () => {
  // Every cue that moves the body ("come back", "up", "switch") is said while the figure makes that
  // move: after the figure's move has begun and before it has ended.
  describe.each(CONTENT_LOCALES)('%s', (locale) => {
    it.each(SHIPPED_VARIANT_IDS)(
      '%s routine: each timed cue is said inside the move the figure is making',
      (variant) => {
        const plan = getVariant(variant);
        const timeline = buildCueTimeline(plan, SCRIPTS[locale], { leadInMs: GET_READY_MS });
        const during = timeline.cues.filter((c) => c.kind === 'during');
        expect(during.length).toBeGreaterThan(0);
        for (const cue of during) {
          const step = plan.steps[cue.step];
          if (!step) throw new Error(`cue for a missing step ${cue.step}`);
          const elapsed = (ms: number) => ms - GET_READY_MS - step.startMs;
          const moves = CHOREOGRAPHY[step.id].moves;
          const startMove =
            moves[moveIndexAt(CHOREOGRAPHY[step.id], step.durationMs, elapsed(cue.atMs))]?.move;
          expect(startMove, `${step.id} "${cue.text}" starts in its move`).toBe(cue.move);
          const motion = figureMotion(CHOREOGRAPHY[step.id]);
          // The figure's keyframes agree with the move the cue names.
          if (cue.move === 'out') {
            const share = elapsed(cue.atMs) / step.durationMs;
            expect(share, `${step.id} "${cue.text}"`).toBeGreaterThanOrEqual(motion.outStart);
            expect(share, `${step.id} "${cue.text}"`).toBeLessThan(motion.outEnd);
          }
        }
      },
    );
  });
});
