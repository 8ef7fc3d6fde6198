// What a routine is to the player core: an id and its steps, each with a length. A routine is any
// list of library steps (src/content builds the two that ship); the core never imports content,
// so a plan that changed under a running session (an update) is clamped rather than trusted.

/** The routines that ship. Every schema that stores or sends one uses this list. */
export const VARIANT_IDS = ['full', 'quick', 'evening', 'longer', 'mine'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

/**
 * The routines written in content (src/content/routines.ts); `'mine'` is the user's own, built in
 * the options page and kept in the settings (`routine.mine`, core/routine/my-routine.ts).
 */
export type ShippedVariantId = Exclude<VariantId, 'mine'>;
export const SHIPPED_VARIANT_IDS = VARIANT_IDS.filter((id): id is ShippedVariantId => id !== 'mine');

/** What the player core needs of a step; content's steps carry more (phase, picture…). */
export interface TimedStep {
  id: string;
  durationMs: number;
}

/**
 * What the player core needs of a routine: its id and its timed steps. Content's `RoutinePlan`
 * (src/content/variants.ts) is one of these with content's steps and its length.
 */
export interface TimedPlan<S extends TimedStep = TimedStep> {
  id: VariantId;
  steps: readonly S[];
}
