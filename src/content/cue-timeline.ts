import { SECOND } from '@/src/core/time';
import { type CueRole, type Move, moveWindows } from './choreography';
import type { ContentLocale } from './locale';
import type { RoutineScript, StepScript } from './script-schema';
import { spokenMs } from './speech-model';
import type { Phase, StepId } from './steps';
import { CHOREOGRAPHY } from './steps';
import type { SubtitleKey } from './variants';

// When the voice says what: a routine (any list of library steps, with their lengths) joined with
// the spoken script of one language and each step's choreography gives every cue a place on the
// routine-time line, the line the player's position moves along (0 = the start of the get-ready
// countdown). The player says a cue when its position reaches it; the content tests hold every
// routine to the word budget and to the timing rules with the same function, so what is tested is
// exactly what is said.
//
// Derived here, never written in the script: the stop rule before the first step, the massage rules
// (which repeat it) where a massage part begins, a step's subtitle, "Next: …" naming
// whichever step follows, and when each cue is said (the choreography's moves).
//
// Timing rules, at any speaking rate the settings allow: a cue starts when its move does (or when
// the cue before it has finished), ends before its move does, never overlaps another, and "Next: …"
// ends at least NEXT_MARGIN_MS before its step does. A voice too slow to say everything in time
// leaves out what a listener can best do without (DROP_ORDER), never a safety cue, rather than spill
// into the next movement.

/** "Next: …" ends at least this long before its step does, so the user hears it and gets ready. */
export const NEXT_MARGIN_MS = SECOND;

export type CueKind = 'stop-rule' | 'massage-rule' | 'subtitle' | 'start' | 'during' | 'next';

/** Why a cue is said, for the choice of what a slow voice leaves out. */
export type CueNeed = CueRole | 'start' | 'next' | 'subtitle';

/**
 * What a slow voice leaves out first; safety is always said. A step's first instruction goes only
 * when even it cannot be said inside the move it describes (a very slow voice in a short step):
 * the picture and the words on screen still show it, and the voice keeps time.
 */
export const DROP_ORDER: readonly CueNeed[] = ['confirm', 'subtitle', 'next', 'movement', 'start'];

export interface Cue {
  /** The step whose words these are (the stop rule counts with the first step). */
  step: number;
  kind: CueKind;
  need: CueNeed;
  text: string;
  /** The move the cue belongs to (for "Next: …", the step's last). */
  move: Move;
  /** Where on the routine-time line it is said: 0 is the start of the lead-in. */
  atMs: number;
  /** When it will have been said, by the speech-length model at the timeline's rate. */
  endMs: number;
  /** The latest it may end: the end of its move, or for "Next: …" NEXT_MARGIN_MS before its step ends. */
  dueMs: number;
}

/** The stretch of the line a step's words are said in; the first step's begins with the lead-in. */
export interface CueWindow {
  startMs: number;
  /** Where the step itself begins (after the lead-in, for the first step). */
  beginsMs: number;
  endMs: number;
  phase: Phase;
}

export interface CueTimeline {
  /** In the order they are said; each one starts after the one before has ended. */
  cues: readonly Cue[];
  /** Cues the timeline left out because the voice is too slow to say them in time. */
  dropped: readonly Cue[];
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

/** How long a text takes to say: the calibrated model by default, measured durations in tests. */
export type SpeechLength = (text: string, locale: ContentLocale, rate: number) => number;

export interface CueOptions {
  /** The countdown before the first step (the player core's GET_READY_MS). */
  leadInMs: number;
  /** The user's speaking rate (1 = normal): a slower voice says less, never later. */
  rate?: number;
  speechLength?: SpeechLength;
}

/** Words as a listener counts them: a dash or a lone punctuation mark is not a word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
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

/** A cue before it is placed: where it wants to start, how long it takes and the latest it may end. */
type Wanted = Omit<Cue, 'atMs' | 'endMs'> & { wantMs: number; lengthMs: number };

const placed = ({ wantMs: _, lengthMs: __, ...cue }: Wanted, atMs: number, endMs: number): Cue => ({
  ...cue,
  atMs: Math.round(atMs),
  endMs: Math.round(endMs),
});

/**
 * Places one step's cues one after another from `freeAt` (when the voice is free); "Next: …" goes
 * as late as its margin allows. Returns them with the indexes of those that end late.
 */
function place(wanted: readonly Wanted[], freeAt: number): { cues: Cue[]; late: number[] } {
  let free = freeAt;
  const late: number[] = [];
  const cues = wanted.map((w, i) => {
    const atMs = Math.max(free, w.kind === 'next' ? w.dueMs - w.lengthMs : w.wantMs);
    free = atMs + w.lengthMs;
    if (free > w.dueMs) late.push(i);
    return placed(w, atMs, free);
  });
  return { cues, late };
}

/**
 * Takes out the cue a listener misses least among those up to the first late cue that can be helped
 * (a late safety cue cannot: then the cues after it are looked at).
 */
function dropOne(wanted: Wanted[], late: readonly number[]): Wanted | undefined {
  for (const upTo of late) {
    for (const need of DROP_ORDER) {
      for (let i = upTo; i >= 0; i--) if (wanted[i]?.need === need) return wanted.splice(i, 1)[0];
    }
  }
  return undefined;
}

/** Where a step's first instruction must have ended: its move's end, or the end of a hold after it. */
function startDue<T extends { move: Move; endMs: number }>(moves: readonly T[]): T {
  const [first, second] = moves as [T, T | undefined];
  return second?.move === 'hold' && first.move !== 'setup' ? second : first;
}

export function buildCueTimeline(
  routine: CueRoutine,
  script: RoutineScript,
  { leadInMs, rate = 1, speechLength = spokenMs }: CueOptions,
): CueTimeline {
  const cues: Cue[] = [];
  const dropped: Cue[] = [];
  const windows: CueWindow[] = [];
  let freeAt = 0;
  routine.steps.forEach((step, i) => {
    const own = script.steps[step.id];
    const choreography = CHOREOGRAPHY[step.id];
    const startMs = leadInMs + step.startMs;
    const endMs = startMs + step.durationMs;
    const moves = moveWindows(choreography, step.durationMs).map((m) => ({
      ...m,
      startMs: startMs + m.startMs,
      endMs: startMs + m.endMs,
    }));
    const first = moves[0] as (typeof moves)[number];
    const last = moves[moves.length - 1] as (typeof moves)[number];
    windows.push({ startMs: i === 0 ? 0 : startMs, beginsMs: startMs, endMs, phase: step.phase });

    const wanted: Wanted[] = [];
    const want = (kind: CueKind, need: CueNeed, text: string, move: Move, wantMs: number, dueMs: number) =>
      wanted.push({
        step: i,
        kind,
        need,
        text,
        move,
        wantMs,
        dueMs,
        lengthMs: speechLength(text, script.locale, rate),
      });

    // The rules belong with the step's first move: they are said before its first instruction.
    if (i === 0) want('stop-rule', 'safety', script.stopRule, first.move, 0, first.endMs);
    const before = routine.steps[i - 1];
    if (step.phase === 'massage' && before?.phase !== 'massage')
      want('massage-rule', 'safety', script.massageRule, first.move, startMs, first.endMs);
    if (step.subtitle)
      want('subtitle', 'subtitle', script.subtitles[step.subtitle], first.move, startMs, first.endMs);
    // The first instruction may run on into a hold that follows its move: the listener is settling
    // into the position it describes, and the figure shows that position.
    want('start', 'start', own.start, first.move, startMs, startDue(moves).endMs);
    own.during.forEach((say, c) => {
      const cue = choreography.cues[c];
      const at = cue && moves.find((m) => m.move === cue.move);
      // The content tests hold every script to its choreography; a mismatch is never said.
      if (!cue || !at) return;
      want('during', cue.role, say, cue.move, at.startMs, at.endMs);
    });
    const after = routine.steps[i + 1];
    if (after) {
      const text = fill(script.next, { step: spokenName(script, script.steps[after.id], own) });
      want('next', 'next', text, last.move, endMs, endMs - NEXT_MARGIN_MS);
    }

    // A cue that may not be dropped is said even when it ends late (the content tests catch that).
    let result = place(wanted, freeAt);
    for (let gone = dropOne(wanted, result.late); gone; gone = dropOne(wanted, result.late)) {
      dropped.push(placed(gone, gone.wantMs, gone.wantMs + gone.lengthMs));
      result = place(wanted, freeAt);
    }
    cues.push(...result.cues);
    freeAt = result.cues.at(-1)?.endMs ?? freeAt;
  });
  return {
    cues,
    dropped,
    windows,
    stopRule: script.stopRule,
    massageRule: script.massageRule,
  };
}

export interface StepBudget {
  step: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  limit: number;
}

/**
 * Words of instruction said in each step's window against `limit`, the word budget of the script's
 * language (`wordsPerSecondBudget` in src/content/lang/<locale>.ts). The budget is a cap on talk:
 * the instructions of a step (everything but its safety cues, which are never what gets cut to
 * meet a budget) come to at most this many words for each of its seconds, about half of it at a
 * normal speaking speed, so most of a step is quiet (raised from 1.2 and 1.0 when the cues became
 * whole movements a listener can follow with closed eyes). Whether the words fit their moves is
 * checked against a real synthesiser's timings (voice-timing.test.ts).
 */
export function stepBudgets(timeline: CueTimeline, limit: number): StepBudget[] {
  return timeline.windows.map((w, step) => {
    const words = timeline.cues
      .filter((c) => c.step === step && c.need !== 'safety')
      .reduce((n, c) => n + countWords(c.text), 0);
    const seconds = (w.endMs - w.startMs) / SECOND;
    return { step, words, seconds, wordsPerSecond: words / seconds, limit };
  });
}
