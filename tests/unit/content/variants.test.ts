// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type Choreography, moveWindows } from '@/src/content/choreography';
import { STEP_IDS, STEPS } from '@/src/content/steps';
import { buildPlan, getVariant, VARIANT_SOURCES } from '@/src/content/variants';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { DEFAULT_SETTINGS } from '@/src/core/settings/limits';
import { SECOND } from '@/src/core/time';

// The plan the player walks through. The numbers are docs/routine.md's (Sources, Timing).

const ids = (id: (typeof SHIPPED_VARIANT_IDS)[number]) => getVariant(id).steps.map((s) => s.id);
const seconds = (ms: number) => ms / SECOND;

describe('step definitions', () => {
  it('have unique ids, and the id list matches the definitions in order', () => {
    const defined = STEPS.map((s) => s.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined).toEqual([...STEP_IDS]);
  });

  it('every step names a picture to draw: its own pose', () => {
    for (const step of STEPS) expect(step.picture, step.id).toBe(step.id);
  });

  it('the phase follows the id: ex-* are exercises, ms-* massage', () => {
    for (const step of STEPS)
      expect(step.phase, step.id).toBe(step.id.startsWith('ex-') ? 'exercise' : 'massage');
  });

  it('the side follows the id suffix: -r right, -l left, otherwise both', () => {
    for (const step of STEPS) {
      const side = step.id.endsWith('-r') ? 'right' : step.id.endsWith('-l') ? 'left' : 'both';
      expect(step.side, step.id).toBe(side);
    }
  });

  it('every id a variant uses is defined', () => {
    const defined = new Set<string>(STEP_IDS);
    for (const id of SHIPPED_VARIANT_IDS) {
      for (const { step } of VARIANT_SOURCES[id].steps)
        expect(defined.has(step), `${id}: ${step}`).toBe(true);
    }
  });
});

describe('the full 5-minute routine (default)', () => {
  const full = getVariant('full');

  it('is what the Start button opens unless the user chose otherwise', () => {
    expect(DEFAULT_SETTINGS.routine.defaultVariant).toBe('full');
  });

  it('is the 19 steps of §2.1 in order', () => {
    expect(ids('full')).toEqual([
      'ex-posture',
      'ex-metronome-r',
      'ex-metronome-l',
      'ex-spring-down',
      'ex-spring-up',
      'ex-goose-r',
      'ex-goose-l',
      'ex-sky-r',
      'ex-sky-l',
      'ex-frame-r',
      'ex-frame-l',
      'ex-heron',
      'ms-stroke-open',
      'ms-rub',
      'ms-pinch',
      'ms-squeeze',
      'ms-knead-l',
      'ms-knead-r',
      'ms-stroke-close',
    ]);
  });

  // The step library is declared in the full routine's order, but need not be a routine: a step
  // another routine uses alone is still checked by the content tests, which go through every
  // library step (its text, script, choreography and pose), whichever routine plays it.
  it('plays library steps, once each, in the order of the library', () => {
    const full = ids('full');
    expect(STEP_IDS.filter((id) => full.includes(id))).toEqual(full);
  });

  it('lasts exactly 300 s: 12 exercise steps in 180 s, then 7 massage steps in 120 s', () => {
    expect(full.totalMs).toBe(300 * SECOND);
    const exercise = full.steps.filter((s) => s.phase === 'exercise');
    const massage = full.steps.filter((s) => s.phase === 'massage');
    expect([exercise.length, massage.length]).toEqual([12, 7]);
    expect(seconds(exercise.reduce((sum, s) => sum + s.durationMs, 0))).toBe(180);
    expect(seconds(massage.reduce((sum, s) => sum + s.durationMs, 0))).toBe(120);
  });

  // The source's lengths, retimed so that every spoken cue fits its move (docs/routine.md, "Timing"):
  // Spring and Goose longer, Metronome and Heron shorter, 180 s of exercises as before.
  it('uses the durations of the content doc, retimed for the voice', () => {
    expect(full.steps.map((s) => seconds(s.durationMs))).toEqual([
      10, 18, 18, 12, 12, 16, 16, 15, 15, 15, 15, 18, 20, 20, 20, 15, 15, 15, 15,
    ]);
  });
});

describe('the quick 2-minute routine', () => {
  const quick = getVariant('quick');

  it('is the 10 steps of §2.2 with their own durations, 120 s in all', () => {
    expect(quick.steps.map((s) => [s.id, seconds(s.durationMs)])).toEqual([
      ['ex-metronome-r', 15],
      ['ex-metronome-l', 15],
      ['ex-spring-down', 12],
      ['ex-sky-r', 15],
      ['ex-sky-l', 15],
      ['ms-stroke-open', 11],
      ['ms-rub', 11],
      ['ms-knead-l', 8],
      ['ms-knead-r', 8],
      ['ms-stroke-close', 10],
    ]);
    expect(quick.totalMs).toBe(120 * SECOND);
  });

  it('shows the posture cue under its first step only', () => {
    expect(quick.steps.map((s) => s.subtitle)).toEqual(['sitTall', ...Array(9).fill(undefined)]);
    expect(getVariant('full').steps.every((s) => s.subtitle === undefined)).toBe(true);
  });

  it('reuses the step definitions (same phase, side and picture as the full routine)', () => {
    const full = new Map(getVariant('full').steps.map((s) => [s.id, s]));
    for (const s of quick.steps) {
      const f = full.get(s.id);
      expect([s.phase, s.side, s.picture], s.id).toEqual([f?.phase, f?.side, f?.picture]);
    }
  });
});

/** How long a step holds its position: its `hold` moves' share of its length, in seconds. */
const holdSeconds = (step: { choreography: Choreography; durationMs: number }) =>
  seconds(
    moveWindows(step.choreography, step.durationMs)
      .filter((m) => m.move === 'hold')
      .reduce((sum, m) => sum + m.endMs - m.startMs, 0),
  );

describe('the evening routine: neck and scalp', () => {
  const evening = getVariant('evening');

  it("is the source's relaxing massage between the opening and closing strokes, 300 s in all", () => {
    expect(evening.steps.map((s) => [s.id, seconds(s.durationMs)])).toEqual([
      ['ms-stroke-open', 30],
      ['ev-press', 30],
      ['ev-skull', 30],
      ['ev-scalp', 40],
      ['ev-forehead', 30],
      ['ev-ears', 30],
      ['ev-tilt-r', 25],
      ['ev-tilt-l', 25],
      ['ev-cradle', 30],
      ['ms-stroke-close', 30],
    ]);
    expect(evening.totalMs).toBe(300 * SECOND);
  });

  it('is massage only, seated: the posture cue is its first step’s subtitle', () => {
    expect(evening.steps.every((s) => s.phase === 'massage')).toBe(true);
    expect(evening.steps.map((s) => s.subtitle)).toEqual(['sitTall', ...Array(9).fill(undefined)]);
  });
});

describe('the longer session', () => {
  const longer = getVariant('longer');
  const full = ids('full');

  it('lasts exactly 600 s: the gymnastics in 395 s, then the massage in 205 s', () => {
    expect(longer.totalMs).toBe(600 * SECOND);
    const part = (phase: string) =>
      seconds(longer.steps.filter((s) => s.phase === phase).reduce((sum, s) => sum + s.durationMs, 0));
    expect([part('exercise'), part('massage')]).toEqual([395, 205]);
  });

  it("is the full routine's steps in its order, both sides of each, with the half-minute forms", () => {
    const short = ids('longer').map((id) => id.replace('-long-', '-'));
    expect(short).toEqual(full);
    expect(ids('longer').filter((id) => id.includes('-long-'))).toEqual([
      'ex-goose-long-r',
      'ex-goose-long-l',
      'ex-sky-long-r',
      'ex-sky-long-l',
      'ex-frame-long-r',
      'ex-frame-long-l',
    ]);
  });

  it("holds Goose, Look at the sky and Frame for the source's half minute, and longer than the full routine holds anything else", () => {
    const fullHolds = getVariant('full').steps.map(holdSeconds);
    for (const step of longer.steps) {
      const hold = holdSeconds(step);
      if (step.id.includes('-long-')) {
        expect(hold, step.id).toBeGreaterThanOrEqual(29.5);
        expect(hold, step.id).toBeLessThanOrEqual(33);
      } else {
        expect(hold, step.id).toBeLessThan(29.5);
      }
    }
    expect(Math.max(...fullHolds)).toBeLessThan(10);
  });
});

describe.each(SHIPPED_VARIANT_IDS)('%s variant: order and shape', (id) => {
  const plan = getVariant(id);

  it('does all the gymnastics before any massage; only the evening routine is massage alone', () => {
    const phases = plan.steps.map((s) => s.phase);
    expect(phases.lastIndexOf('exercise')).toBeLessThan(phases.indexOf('massage'));
    expect(phases.includes('exercise')).toBe(id !== 'evening');
    expect(phases).toContain('massage');
  });

  it('opens and closes the massage with stroking', () => {
    const massage = plan.steps.filter((s) => s.phase === 'massage').map((s) => s.id);
    expect(massage[0]).toBe('ms-stroke-open');
    expect(massage.at(-1)).toBe('ms-stroke-close');
  });

  it('runs each side right then left, as the content doc fixes', () => {
    const order = plan.steps.map((s) => s.id);
    for (const [i, s] of plan.steps.entries()) {
      // Kneading is the exception: the right hand works the left shoulder first.
      if (s.side === 'left' && !s.id.startsWith('ms-knead'))
        expect(order[i - 1], s.id).toBe(s.id.replace(/-l$/, '-r'));
    }
  });

  it('lays the steps end to end: each starts where the previous ended', () => {
    let at = 0;
    for (const s of plan.steps) {
      expect(s.startMs, s.id).toBe(at);
      expect(s.durationMs).toBeGreaterThan(0);
      at += s.durationMs;
    }
    expect(plan.totalMs).toBe(at);
  });

  it('is built once: every request gets the same plan', () => {
    expect(getVariant(id)).toBe(plan);
    expect(plan.id).toBe(id);
  });
});

describe('plan helpers', () => {
  it('buildPlan refuses a variant that names an undefined step', () => {
    expect(() =>
      buildPlan({ id: 'quick', steps: [{ step: 'ex-heron', seconds: 5 }] }, STEPS.slice(0, 3)),
    ).toThrow(/undefined step "ex-heron"/);
  });
});
