import { z } from 'zod/mini';
import { CONTENT_LOCALES } from './locale';
import { PHASES, STEP_IDS, STEPS } from './steps';

// The "About this routine" page as data: where each step comes from, and each place Nape reads the
// source more gently than it is written, with the reason. Like the routine's text, nothing parses
// it at run time (the pages never load zod for it); the tests do, and the language modules take
// their type from here.

/**
 * The places where Nape takes the safer reading of its source, in the order the page shows them.
 * Every language answers each one.
 */
export const ABOUT_CHOICES = [
  'pain',
  'range',
  'pull',
  'headBack',
  'seated',
  'holds',
  'spine',
  'pressure',
  'direction',
  'throat',
] as const;
export type AboutChoiceId = (typeof ABOUT_CHOICES)[number];

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const list = z.array(text).check(z.minLength(1, 'must have at least one item'));

/**
 * One exercise or massage technique: the steps it covers and where the source has it. Its name is
 * the one the player shows (the routine's text), so the two pages can never name it differently.
 */
const stepSourceSchema = z.strictObject({
  /** The routine's steps this entry covers (both sides of a one-sided exercise, say). */
  steps: z.array(z.enum(STEP_IDS)).check(z.minLength(1, 'must name at least one step')),
  source: text,
});

const partSchema = z.strictObject({
  title: text,
  intro: text,
  steps: z.array(stepSourceSchema).check(z.minLength(1, 'a part needs steps')),
  /** What the source has that the routine leaves out, and why. */
  leftOut: text,
});

const choiceSchema = z.strictObject({
  id: z.enum(ABOUT_CHOICES),
  title: text,
  /** What the source asks for (short quotes of it are fine here, and only here). */
  source: text,
  /** What Nape does instead. */
  nape: text,
  why: text,
});

const phaseOf = new Map<string, string>(STEPS.map((s) => [s.id, s.phase]));

export const aboutTextSchema = z
  .strictObject({
    locale: z.enum(CONTENT_LOCALES),
    intro: text,
    parts: z.strictObject({ exercise: partSchema, massage: partSchema }),
    choicesTitle: text,
    choicesIntro: text,
    labels: z.strictObject({ source: text, nape: text, why: text }),
    choices: z.array(choiceSchema),
    contraindications: z.strictObject({ title: text, body: list }),
    notAdvice: text,
  })
  .check(
    z.superRefine((about, ctx) => {
      // Every step of the routine, each once, in the routine's order and in the part of its phase.
      const covered = PHASES.flatMap((phase) =>
        about.parts[phase].steps.flatMap((entry, i) =>
          entry.steps.map((id, j) => ({ id, phase, path: ['parts', phase, 'steps', i, 'steps', j] })),
        ),
      );
      covered.forEach(({ id, phase, path }, k) => {
        const expected = STEP_IDS[k];
        const message =
          phaseOf.get(id) !== phase
            ? `step "${id}" belongs in the ${phaseOf.get(id)} part`
            : expected === undefined
              ? `step "${id}" is covered twice`
              : expected !== id
                ? `expected step "${expected}" here, in the routine's order`
                : null;
        if (message) ctx.addIssue({ code: 'custom', message, path, input: id });
      });
      for (const id of STEP_IDS.slice(covered.length))
        ctx.addIssue({ code: 'custom', message: `step "${id}" is not covered`, path: ['parts'], input: id });
      // Every safer reading, each once, in the page's order.
      const ids = about.choices.map((c) => c.id);
      if (ids.join() !== ABOUT_CHOICES.join())
        ctx.addIssue({
          code: 'custom',
          message: `choices must be ${ABOUT_CHOICES.join(', ')}, in this order`,
          path: ['choices'],
          input: ids,
        });
    }),
  );

export type AboutText = z.infer<typeof aboutTextSchema>;
export type AboutPart = AboutText['parts']['exercise'];
export type AboutChoice = AboutText['choices'][number];
