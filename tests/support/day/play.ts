import { checkNaturalBreaks, everyStep } from './invariants';
import { type DayPlan, scenario } from './script';
import { World } from './world';

/**
 * Plays a day as a person tells it (script.ts), with every invariant checked after each
 * transition, and the natural breaks judged at the end unless the day changes settings or sets
 * the clock.
 */
export function play(plan: DayPlan): World {
  const w = new World(scenario(plan), everyStep()).run();
  const plain = !(plan.happenings ?? []).some((h) => 'settings' in h || 'clockJumpMin' in h);
  if (plain) checkNaturalBreaks(w);
  return w;
}

/** Only the lines of the day's timeline the user notices as interruptions or breaks. */
export const PROMPTS = /neck prompt|posture check|natural break|taken down/;
