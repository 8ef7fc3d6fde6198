import { SECOND } from '@/src/core/time';
import type { ContentLocale } from './locale';
import type { RoutineScript, StepScript } from './script-schema';
import type { Phase, StepId } from './steps';
import type { SubtitleKey } from './variants';

// When the voice says what: a routine (any list of library steps, with their lengths) joined with
// the spoken script of one language gives every cue a place on the routine-time line, the line
// the player's position moves along (0 = the start of the get-ready countdown). The player says a
// cue when its position reaches it; the content tests hold every routine to the word budget with
// the same function, so what is tested is exactly what is said.
//
// Derived here, never written in the script: the stop rule before the first step, the massage
// rule where a massage part begins, a step's subtitle, and "Next: …" naming whichever step follows.

/**
 * The word budget: everything said in a step fits in half of it. Text-to-speech at rate 1 says
 * about 2.4 English or 2.0 Russian words a second (Russian words are longer), so half the step is
 * 1.2 or 1.0 words for each of its seconds.
 */
export const WORDS_PER_SECOND_BUDGET: Readonly<Record<ContentLocale, number>> = { en: 1.2, ru: 1.0 };
/** Speaking speed at rate 1, as the budget assumes it: twice the budget. */
export const SPOKEN_WORDS_PER_SECOND: Readonly<Record<ContentLocale, number>> = { en: 2.4, ru: 2.0 };
/** The breath a synthesiser takes between two utterances. */
export const UTTERANCE_GAP_MS = 250;
/** "Next: …" ends at least this long before its step does, so the user hears it and gets ready. */
export const NEXT_MARGIN_MS = SECOND;

export type CueKind = 'stop-rule' | 'massage-rule' | 'subtitle' | 'start' | 'during' | 'next';

export interface Cue {
  /** The step whose words these are (the stop rule counts with the first step). */
  step: number;
  kind: CueKind;
  text: string;
  /** Where on the routine-time line it is said: 0 is the start of the lead-in. */
  atMs: number;
}

/** The stretch of the line a step's words are said in; the first step's begins with the lead-in. */
export interface CueWindow {
  startMs: number;
  endMs: number;
  phase: Phase;
}

export interface CueTimeline {
  /** In the order they are said. */
  cues: readonly Cue[];
  /** One per step of the routine. */
  windows: readonly CueWindow[];
  /** The two rules, for a player that must say them again when it opens part-way through. */
  stopRule: string;
  massageRule: string;
}

/** What the timeline needs of a routine: its steps in order, each with its place and length. */
export interface CueRoutine {
  steps: readonly {
    id: StepId;
    phase: Phase;
    startMs: number;
    durationMs: number;
    subtitle?: SubtitleKey;
  }[];
}

export interface CueOptions {
  /** The countdown before the first step (the player core's GET_READY_MS). */
  leadInMs: number;
  /** The user's speaking rate (1 = normal): a slower voice starts "Next: …" earlier. */
  rate?: number;
}

/** Words as a listener counts them: a dash or a lone punctuation mark is not a word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** How long `text` takes to say at `rate`, by the budget's speaking speed. */
export function speechMs(text: string, locale: ContentLocale, rate = 1): number {
  return (countWords(text) / SPOKEN_WORDS_PER_SECOND[locale]) * (SECOND / rate) + UTTERANCE_GAP_MS;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{([a-z]+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * How the "next" cue names `next`: by name and side ("Metronome, left"), by side alone when it is
 * the other side of the step just done ("left"), by name alone when it has no side.
 */
export function spokenName(script: RoutineScript, next: StepScript, current?: StepScript): string {
  if (!next.side) return next.name;
  if (current && current.name === next.name) return next.side;
  return fill(script.named, { name: next.name, side: next.side });
}

export function buildCueTimeline(
  routine: CueRoutine,
  script: RoutineScript,
  { leadInMs, rate = 1 }: CueOptions,
): CueTimeline {
  const cues: Cue[] = [];
  const windows: CueWindow[] = [];
  routine.steps.forEach((step, i) => {
    const own = script.steps[step.id];
    const startMs = leadInMs + step.startMs;
    const endMs = startMs + step.durationMs;
    windows.push({ startMs: i === 0 ? 0 : startMs, endMs, phase: step.phase });
    const say = (kind: CueKind, text: string, atMs: number) => cues.push({ step: i, kind, text, atMs });

    if (i === 0) say('stop-rule', script.stopRule, 0);
    const before = routine.steps[i - 1];
    if (step.phase === 'massage' && before?.phase !== 'massage')
      say('massage-rule', script.massageRule, startMs);
    if (step.subtitle) say('subtitle', script.subtitles[step.subtitle], startMs);
    say('start', own.start, startMs);
    for (const cue of own.during) say('during', cue.say, startMs + Math.round(cue.at * step.durationMs));

    const after = routine.steps[i + 1];
    if (after) {
      const text = fill(script.next, { step: spokenName(script, script.steps[after.id], own) });
      const lead = Math.min(step.durationMs / 2, speechMs(text, script.locale, rate) + NEXT_MARGIN_MS);
      say('next', text, Math.round(endMs - lead));
    }
  });
  // Stable: cues at the same moment keep the order above (rule, subtitle, movement).
  cues.sort((a, b) => a.atMs - b.atMs);
  return { cues, windows, stopRule: script.stopRule, massageRule: script.massageRule };
}

export interface StepBudget {
  step: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  limit: number;
}

/** Words said in each step's window against the budget of the script's language. */
export function stepBudgets(timeline: CueTimeline, locale: ContentLocale): StepBudget[] {
  return timeline.windows.map((w, step) => {
    const words = timeline.cues.filter((c) => c.step === step).reduce((n, c) => n + countWords(c.text), 0);
    const seconds = (w.endMs - w.startMs) / SECOND;
    return { step, words, seconds, wordsPerSecond: words / seconds, limit: WORDS_PER_SECOND_BUDGET[locale] };
  });
}

export interface SpokenCue {
  cue: Cue;
  /** When the voice would start and finish it, or null when the step ended before its turn came. */
  startMs: number | null;
  endMs: number | null;
}

/**
 * Plays a timeline through the player's queue at the budget's speaking speed: one utterance at a
 * time, none cut off, and what is still waiting when its step ends dropped (as the player does).
 * A builder of routines can check with this that every cue is heard inside its step.
 */
export function simulateSpeech(timeline: CueTimeline, locale: ContentLocale, rate = 1): SpokenCue[] {
  let freeAt = 0;
  return timeline.cues.map((cue) => {
    const start = Math.max(cue.atMs, freeAt);
    if (start >= (timeline.windows[cue.step] as CueWindow).endMs) return { cue, startMs: null, endMs: null };
    freeAt = start + speechMs(cue.text, locale, rate);
    return { cue, startMs: start, endMs: freeAt };
  });
}
