// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCueTimeline,
  type CueRoutine,
  type CueTimeline,
  countWords,
  spokenName,
  stepBudgets,
} from '@/src/content/cue-timeline';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { STEPS } from '@/src/content/steps';
import { buildPlan, getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { SCRIPTS, WORDS_PER_SECOND_BUDGET } from './by-locale';
import { wordsOf } from './words';

// Everything the voice says during a step fits in half of it: at most 1.2 words a second of the
// step in English and 1.0 in Russian, counting every cue of the step (the rules and "Next: …"
// included; the stop rule, said in the get-ready seconds, counts with the first step, whose window
// then starts with the countdown). And played through the player's queue at that speaking speed,
// every cue is heard inside its own step, on time.
//
// NAPE_PRINT_VOICE=1 prints the words of every step (the table in the note).

/** The stop rule's words, which the massage rules say again. */
const STOP = wordsOf('voiceBudgetStop');

const timelineOf = (routine: CueRoutine, locale: keyof typeof SCRIPTS, rate = 1) =>
  buildCueTimeline(routine, SCRIPTS[locale], { leadInMs: GET_READY_MS, rate });

function table(routine: CueRoutine, timeline: CueTimeline, locale: keyof typeof SCRIPTS): string {
  return stepBudgets(timeline, WORDS_PER_SECOND_BUDGET[locale])
    .map((b) => {
      const said = timeline.cues.filter((c) => c.step === b.step).map((c) => c.text);
      const id = routine.steps[b.step]?.id;
      return `| ${id} | ${b.seconds} s | ${b.words} | ${b.wordsPerSecond.toFixed(2)} | ${said.join(' ')} |`;
    })
    .join('\n');
}

describe.each(CONTENT_LOCALES)('%s voice budget', (locale) => {
  describe.each(SHIPPED_VARIANT_IDS)('%s routine', (variant) => {
    const routine = getVariant(variant);
    const timeline = timelineOf(routine, locale);
    if (process.env.NAPE_PRINT_VOICE)
      console.log(`\n${locale} ${variant}\n${table(routine, timeline, locale)}`);

    it('every step is spoken to', () => {
      routine.steps.forEach((_, i) => {
        expect(
          timeline.cues.filter((c) => c.step === i && c.kind === 'start'),
          `step ${i}`,
        ).toHaveLength(1);
      });
    });

    it('every step keeps to the word budget', () => {
      for (const b of stepBudgets(timeline, WORDS_PER_SECOND_BUDGET[locale])) {
        const id = routine.steps[b.step]?.id;
        expect(b.words, `${id}: ${b.words} words in ${b.seconds} s`).toBeLessThanOrEqual(b.limit * b.seconds);
      }
    });

    it('the stop rule comes first, as the routine begins, and the massage rules repeat it', () => {
      expect(timeline.cues[0]).toMatchObject({ kind: 'stop-rule', atMs: 0, text: SCRIPTS[locale].stopRule });
      expect(timeline.cues.filter((c) => c.kind === 'stop-rule')).toHaveLength(1);
      expect(SCRIPTS[locale].massageRule).toMatch(STOP[locale]);
    });

    it('the massage rules come as the massage part begins, before its first movement', () => {
      const first = routine.steps.findIndex((s) => s.phase === 'massage');
      const rules = timeline.cues.filter((c) => c.kind === 'massage-rule');
      expect(rules).toEqual([expect.objectContaining({ step: first, text: SCRIPTS[locale].massageRule })]);
      // After the stop rule where the routine opens with the massage (the evening routine), and
      // before the step's subtitle, if it has one, and its first instruction.
      const ofStep = timeline.cues
        .filter((c) => c.step === first && c.kind !== 'stop-rule' && c.kind !== 'subtitle')
        .map((c) => c.kind);
      expect(ofStep.slice(0, 2)).toEqual(['massage-rule', 'start']);
    });

    it('the last seconds of each step say what comes next; the last step says nothing of the kind', () => {
      routine.steps.forEach((step, i) => {
        const next = timeline.cues.filter((c) => c.step === i && c.kind === 'next');
        const after = routine.steps[i + 1];
        if (!after) {
          expect(next, step.id).toEqual([]);
          return;
        }
        const script = SCRIPTS[locale];
        expect(next.map((c) => c.text)).toEqual([
          script.next.replace('{step}', spokenName(script, script.steps[after.id], script.steps[step.id])),
        ]);
        const window = timeline.windows[i];
        // In the step's own time, after its instructions (voice-timing.test.ts: a second before its end).
        expect(next[0]?.atMs as number, step.id).toBeGreaterThan(window?.startMs as number);
      });
    });

    it('a slower voice starts "Next" earlier, or leaves it out, never later', () => {
      const slow = timelineOf(routine, locale, 0.75);
      const at = (t: CueTimeline) =>
        new Map(t.cues.filter((c) => c.kind === 'next').map((c) => [c.step, c.atMs]));
      const normal = at(timeline);
      for (const [step, ms] of at(slow))
        expect(ms, `step ${step}`).toBeLessThanOrEqual(normal.get(step) as number);
    });
  });
});

describe('any routine of library steps', () => {
  // More routines and a routine builder are coming: whatever list of steps a routine is, the voice
  // must name the step that really follows, give the rules where they belong and keep to order.
  const routineArb = fc
    .shuffledSubarray([...STEPS], { minLength: 1 })
    .chain((steps) =>
      fc.tuple(
        fc.constant(steps),
        fc.array(fc.constantFrom(10, 15, 20, 30), { minLength: steps.length, maxLength: steps.length }),
      ),
    )
    .map(([steps, seconds]) =>
      buildPlan(
        { id: 'full', steps: steps.map((s, i) => ({ step: s.id, seconds: seconds[i] as number })) },
        STEPS,
      ),
    );

  it.each(CONTENT_LOCALES)(
    '%s: "Next" names the following step, the rules come where they belong',
    (locale) => {
      const script = SCRIPTS[locale];
      fc.assert(
        fc.property(routineArb, (routine) => {
          const timeline = timelineOf(routine, locale);
          const kinds = (i: number) => timeline.cues.filter((c) => c.step === i).map((c) => c.kind);
          expect(timeline.cues[0]?.kind).toBe('stop-rule');
          routine.steps.forEach((step, i) => {
            const after = routine.steps[i + 1];
            // Said, or left out because it would not fit (too short a step for it): named right either way.
            const next = [...timeline.cues, ...timeline.dropped].find(
              (c) => c.step === i && c.kind === 'next',
            );
            expect(next?.text).toBe(
              after
                ? script.next.replace(
                    '{step}',
                    spokenName(script, script.steps[after.id], script.steps[step.id]),
                  )
                : undefined,
            );
            const partBegins = step.phase === 'massage' && routine.steps[i - 1]?.phase !== 'massage';
            expect(kinds(i).includes('massage-rule')).toBe(partBegins);
          });
          const times = timeline.cues.map((c) => c.atMs);
          expect(times).toEqual([...times].sort((a, b) => a - b));
          for (const c of timeline.cues) {
            const w = timeline.windows[c.step];
            expect(c.atMs).toBeGreaterThanOrEqual(w?.startMs as number);
            expect(c.atMs).toBeLessThan(w?.endMs as number);
          }
        }),
      );
    },
  );
});

describe('counting words', () => {
  it('counts words as a listener hears them, not dashes or stray punctuation', () => {
    expect(countWords('Stop at any pain or dizziness.')).toBe(6);
    expect(countWords('При боли или головокружении — остановитесь.')).toBe(5);
    expect(countWords('  Next:  Metronome, left. ')).toBe(3);
    expect(countWords('чуть-чуть')).toBe(1);
  });
});
