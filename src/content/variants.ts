import type { RoutineStep } from '@/src/core/routine/my-routine';
import type { ShippedVariantId, TimedPlan, VariantId } from '@/src/core/routine/plan';
import { SECOND } from '@/src/core/time';
import { type SubtitleKey, VARIANT_SOURCES } from './routines';
import type { StepDefinition, VariantSource } from './schema';
import { findStep, STEPS } from './steps';

// The shipped routines as the player plays them: each step of routines.ts joined with its library
// step (part, side, picture, choreography). Language-free; text comes from loadLanguage(). Loaded
// with the player; the worker and the popup's first screen use routines.ts alone.

export { SUBTITLE_KEYS, type SubtitleKey, VARIANT_SOURCES } from './routines';

/** A step as a routine plays it: the library's step, placed and timed. */
export type PlanStep = StepDefinition & {
  /** Offset of the step's start from the start of the routine. */
  startMs: number;
  durationMs: number;
  subtitle?: SubtitleKey;
};

/** A shipped routine: the core's plan with content's steps, and its length without the countdown. */
export type RoutinePlan = TimedPlan<PlanStep> & { totalMs: number };

/** Joins a variant's durations with the step definitions. Throws on an unknown step id. */
export function buildPlan(
  source: VariantSource,
  definitions: readonly StepDefinition[] = STEPS,
): RoutinePlan {
  let startMs = 0;
  const steps = source.steps.map(({ step, seconds, subtitle }): PlanStep => {
    const def = findStep(step, definitions);
    if (!def) throw new Error(`variant "${source.id}" uses undefined step "${step}"`);
    const durationMs = seconds * SECOND;
    const planStep: PlanStep = { ...def, startMs, durationMs };
    if (subtitle) planStep.subtitle = subtitle;
    startMs += durationMs;
    return planStep;
  });
  return { id: source.id, steps, totalMs: startMs };
}

const plans: Partial<Record<ShippedVariantId, RoutinePlan>> = {};
let mine: { key: string; plan: RoutinePlan } | undefined;

/**
 * A routine's plan: a shipped one's, built the first time it is asked for (the worker needs one
 * only while a routine runs, and the popup only once it shows the player, so neither builds plans
 * as it starts), or the user's own (`'mine'`) from the steps the settings hold now
 * (`settings.routine.mine`, passed as `steps`), rebuilt only when they change. The settings'
 * rules keep unknown steps out of a saved routine; one that slipped through (a newer Nape's, read
 * before its check) is left out here rather than stop the player.
 */
export function getVariant(id: ShippedVariantId): RoutinePlan;
export function getVariant(id: VariantId, steps: readonly RoutineStep[]): RoutinePlan;
export function getVariant(id: VariantId, steps: readonly RoutineStep[] = []): RoutinePlan {
  if (id === 'mine') {
    const key = JSON.stringify(steps);
    if (mine?.key !== key) {
      const known = steps.filter((s) => findStep(s.step) !== undefined);
      mine = { key, plan: buildPlan({ id, steps: known as VariantSource['steps'] }) };
    }
    return mine.plan;
  }
  plans[id] ??= buildPlan(VARIANT_SOURCES[id]);
  return plans[id];
}
