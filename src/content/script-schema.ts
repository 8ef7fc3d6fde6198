import { z } from 'zod/mini';
import { CONTENT_LOCALES } from './locale';
import { STEP_IDS } from './steps';
import { SUBTITLE_KEYS } from './variants';

// The spoken script: what the voice says during each step, written for the ear and kept apart from
// the on-screen text (schema.ts), which is written for reading. Like the text, it is static data
// that the tests parse; the player loads it (a chunk per language) and never parses it.
//
// A script belongs to a step, not to a routine: the routine decides the step's length, and the
// step's choreography places the timed cues in it, so one script serves a 10-s and a 20-s step. What links
// a step to its neighbours ("Next: …", the rules at the start of a part) is derived from the
// routine by cue-timeline.ts, never written here.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** One spoken sentence: a synthesiser reads the final stop as the end of a phrase. */
const sentence = text.check(z.regex(/[.!?…]$/, 'must end like a sentence (. ! ? …)'));

/** A template with exactly these `{placeholders}`, each once. */
const template = (...names: string[]) =>
  text.check(
    z.refine(
      (t) =>
        names.every((n) => t.split(`{${n}}`).length === 2) &&
        (t.match(/\{[a-z]+\}/g) ?? []).length === names.length,
      `must contain ${names.map((n) => `{${n}}`).join(' and ')}, each exactly once, and no other placeholder`,
    ),
  );

const missing = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `missing ${what}` : undefined),
});

export const stepScriptSchema = z.strictObject(
  {
    /** What the step is called when the step before announces it ("Metronome"). */
    name: text,
    /** Present exactly for one-sided steps: the side, as said after the name ("left"). */
    side: z.optional(text),
    /** Said as the step begins: the movement, in a few words. */
    start: sentence,
    /**
     * Said during the step, in order: "Hold.", "Slowly lift your head." When each is said is the
     * step's choreography (choreography.ts: `cues`, one per sentence here), never written here.
     */
    during: z.array(sentence),
  },
  missing('script for this step'),
);

export const routineScriptSchema = z.strictObject({
  locale: z.enum(CONTENT_LOCALES),
  /** Said as the routine begins, in the get-ready seconds: stop if anything hurts or you feel dizzy. */
  stopRule: sentence,
  /**
   * Said as the massage part begins, in one breath: the stop rule again, and never on the throat,
   * never on the spine.
   */
  massageRule: sentence,
  /** Said at the start of a step that carries a subtitle in its routine (the quick one's posture cue). */
  subtitles: z.record(z.enum(SUBTITLE_KEYS), sentence),
  /** The "next" cue, said in the last seconds of a step: "Next: {step}." */
  next: template('step'),
  /** How a one-sided step is named in the "next" cue: "{name}, {side}". */
  named: template('name', 'side'),
  steps: z.record(z.enum(STEP_IDS), stepScriptSchema),
});

export type StepScript = z.infer<typeof stepScriptSchema>;
export type RoutineScript = z.infer<typeof routineScriptSchema>;
