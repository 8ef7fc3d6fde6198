import { z } from 'zod/mini';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { CUE_ROLES, MOVES } from './choreography';
import { CONTENT_LOCALES } from './locale';
import { SUBTITLE_KEYS } from './routines';
import { PHASES, SIDES, STEP_IDS, type StepId } from './steps';

// Schemas for the routine's content. The data is static, so the tests parse it (nothing parses it
// at run time and the popup never loads this module); the text modules take their types from here.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const list = z.array(text).check(z.minLength(1, 'must have at least one item'));

function uniqueBy<T>(key: (item: T) => string, what: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${k}"`, path: [index], input: item });
      seen.add(k);
    });
  });
}

const move = z.enum(MOVES);

/** A step's choreography (choreography.ts): its moves as shares of the step, its cues and its lines. */
export const choreographySchema = z.strictObject({
  moves: z.readonly(
    z
      .array(z.readonly(z.strictObject({ move, until: z.number().check(z.gt(0), z.lte(1)) })))
      .check(z.minLength(1, 'a step needs at least one move')),
  ),
  cues: z.readonly(z.array(z.readonly(z.strictObject({ move, role: z.enum(CUE_ROLES) })))),
  lines: z.readonly(z.array(move).check(z.minLength(1, 'an instruction has at least one line'))),
});

export const stepDefinitionSchema = z.strictObject({
  id: z.enum(STEP_IDS),
  phase: z.enum(PHASES),
  side: z.enum(SIDES),
  picture: text,
  choreography: choreographySchema,
});

/** A step of the library (steps.ts): its id, part of the routine, side, and the picture it draws. */
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;

export const stepDefinitionsSchema = z.array(stepDefinitionSchema).check(uniqueBy((s) => s.id, 'step id'));

/**
 * How a routine is written down (variants.ts): step ids with their durations in it, in seconds.
 * A variant refers to steps by id; `definitions` are the steps it may use.
 */
export function variantSourceSchema(definitions: readonly StepDefinition[]) {
  const defined = new Set<string>(definitions.map((d) => d.id));
  return z.strictObject({
    id: z.enum(VARIANT_IDS),
    steps: z
      .array(
        z.strictObject({
          // Typed as a step id; not aborting, so a variant's other faults (a repeat) are named too.
          step: z.custom<StepId>((id) => typeof id === 'string' && defined.has(id), {
            error: 'is not a defined step id',
            abort: false,
          }),
          seconds: z.int().check(z.positive('duration must be a positive number of seconds')),
          subtitle: z.optional(z.enum(SUBTITLE_KEYS)),
        }),
      )
      .check(
        z.minLength(1, 'a variant needs steps'),
        uniqueBy((s) => s.step, 'step in variant'),
      ),
  });
}

// A step left out of a language would otherwise report a bare "Invalid input".
const missing = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `missing ${what}` : undefined),
});

export const stepTextSchema = z.strictObject(
  {
    name: text,
    /** Present exactly for one-sided steps ("To the right", "Left shoulder"). */
    sideLabel: z.optional(text),
    /** 2–3 short sentences someone can follow while moving (and may hear spoken). */
    instruction: text,
    /** One sentence. */
    safety: text,
  },
  missing('text for this step'),
);

const titled = z.strictObject({ title: text, body: list });

export const safetyTextSchema = z.strictObject({
  title: text,
  intro: text,
  doNotTitle: text,
  /** The contraindications (docs/routine.md, Contraindications). */
  doNot: list,
  askDoctorTitle: text,
  /** Check with a doctor first: the source's cautions plus the gymnastics-specific ones. */
  askDoctor: list,
  rulesTitle: text,
  /** The rules (docs/routine.md, Safety: Rules), condensed. */
  rules: list,
  /** The acknowledgement the user confirms. */
  confirm: text,
});

export const routineTextSchema = z.strictObject({
  locale: z.enum(CONTENT_LOCALES),
  variants: z.record(z.enum(VARIANT_IDS), z.strictObject({ name: text })),
  phases: z.record(z.enum(PHASES), text),
  subtitles: z.record(z.enum(SUBTITLE_KEYS), text),
  steps: z.record(z.enum(STEP_IDS), stepTextSchema),
  player: z.strictObject({
    /** Global cues (docs/routine.md, Safety), shown once or as a footer. */
    cues: list,
    /** Shown when the user stops because of pain or dizziness. */
    stop: titled,
    /** Shown when the routine ends. */
    after: titled,
  }),
  safety: safetyTextSchema,
});

export type VariantSource = z.infer<ReturnType<typeof variantSourceSchema>>;
export type RoutineText = z.infer<typeof routineTextSchema>;
