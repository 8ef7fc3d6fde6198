import { z } from 'zod/mini';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { PAUSE_PRESETS } from './pause';
import { SNAP_MS } from './rules';

// The zod schema of the engine's state (state.ts has the types and the runtime side). Used by
// tests and to generate the JSON Schema the worker checks stored state with.

const time = z.number().check(z.minimum(0));
const ms = z.number().check(z.minimum(0));

export const ActivitySchema = z.object({
  state: z.enum(['active', 'idle', 'locked']),
  /** When the current state began (for idle: back-dated to the last input). */
  since: time,
  /** Active time has been accounted up to this instant. */
  lastSeenAt: time,
  /** The idle detection interval last asked of the browser, in seconds. */
  detectionSec: z.int().check(z.minimum(15)),
  /**
   * The time zones active time was credited in, each from when it was first seen, the current one
   * last. Time taken back after a back-dated idle is taken from the days it was credited to, even
   * if the user travelled in between. Only the last few minutes' worth are kept.
   */
  zones: z.array(z.object({ name: z.string(), since: time })).check(z.minLength(1), z.maxLength(8)),
});

/** How a due neck break is being brought to the user's attention. */
export const PromptSchema = z.discriminatedUnion('kind', [
  /** Due while the user is typing: waiting (briefly) for a pause in input. */
  z.object({ kind: z.literal('waiting'), since: time }),
  /** Due while a browser window is fullscreen: held, up to a limit. */
  z.object({ kind: z.literal('held'), since: time }),
  /** Shown; re-shown after enough further active time if ignored. */
  z.object({ kind: z.literal('shown'), at: time, activeMsAt: ms }),
]);

/** The routine a prompt with no snooze left offers beside Start (neck.ts, otherRoutine). */
const OfferedRoutineSchema = z.enum(['full', 'quick']);

export const NeckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('counting'), activeMs: ms }),
  z.object({
    status: z.literal('due'),
    activeMs: ms,
    dueAt: time,
    snoozes: z.int().check(z.minimum(0)),
    prompt: PromptSchema,
    /**
     * The snooze length the last prompt of this break offered, in minutes: its Snooze button
     * snoozes by this, whatever the settings say by the time it is clicked. Absent before the first
     * prompt, when it offered no snooze (the limit was reached), and in states saved before it was kept.
     */
    snoozeOfferedMin: z.optional(z.number().check(z.positive())),
    /**
     * The routine the last prompt's second button offered when no snooze was left (the quick one,
     * or the full one when the quick one is the default and its Start button already starts it),
     * kept for the same reason. Absent when the prompt offered a snooze.
     */
    otherOffered: z.optional(OfferedRoutineSchema),
  }),
  z.object({ status: z.literal('snoozed'), activeMs: ms, snoozes: z.int().check(z.minimum(1)), until: time }),
]);

export const ModeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('normal') }),
  /** `until: null` = until the user resumes; `preset` is what the user chose ("until tomorrow"…). */
  z.object({
    kind: z.literal('paused'),
    since: time,
    until: z.nullable(time),
    preset: z.enum(PAUSE_PRESETS),
  }),
  /** `startedAt` names the routine: the player's session and the end command refer to it. */
  z.object({
    kind: z.literal('routine'),
    variant: z.enum(VARIANT_IDS),
    startedAt: time,
    /**
     * Active time counted toward the neck break and the posture check since the player's last
     * sign of life (`at`, as the engine last saw it). A routine given up on ended at that sign: if
     * it counts as the break, the counters go on from this, not from zero at the give-up. Absent
     * until the first credit after the routine starts (and in states stored before it was kept).
     */
    afterSign: z.optional(z.object({ at: time, neckMs: ms, postureMs: ms })),
  }),
]);

/** The last routine that ended or was given up on, so a late "done" from its player still counts once. */
export const LastRoutineSchema = z.object({
  startedAt: time,
  variant: z.enum(VARIANT_IDS),
  /** Whether it was counted as the break taken (at least half done). */
  counted: z.boolean(),
});

/** The evening reminder (reminder.ts): its deadline, the day it was last done for, and whether it is on screen. */
export const ReminderSchema = z.object({
  /** When it is next due (a held one: when it was due); null while it is switched off. */
  at: z.nullable(time),
  /** The local day whose reminder is done: shown, or not needed (goal met, a routine under way). */
  spent: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** When the one on screen was shown; null when none is. */
  shownAt: z.nullable(time),
});

export const EngineStateSchema = z.object({
  v: z.literal(2),
  activity: ActivitySchema,
  neck: NeckSchema,
  posture: z.object({
    /** Active time toward the next check; down to −SNAP when the last one was served early. */
    activeMs: z.number().check(z.minimum(-SNAP_MS)),
    /** Index of the next posture cue to show (the list rotates). */
    nextCue: z.int().check(z.minimum(0)),
    /** When the last posture check was shown, until it is cleared. */
    shownAt: z.nullable(time),
    /** When the last posture check was shown (kept after it is cleared: neck prompts keep a minute away). */
    lastAt: z.nullable(time),
  }),
  /** No posture check before this: a neck prompt, Snooze or Skip has just happened. */
  quietUntil: z.nullable(time),
  mode: ModeSchema,
  /**
   * When counting toward breaks last resumed after a pause. Time before it was never counted, so
   * idle back-dating takes none of it back from the counters (screen time is another matter).
   */
  countedSince: z.nullable(time),
  lastRoutine: z.nullable(LastRoutineSchema),
  /** Whether the last event fell inside working hours (entering them starts a fresh work period). */
  inHours: z.boolean(),
  /** The evening reminder; absent in states saved before it existed (read as never shown). */
  evening: z.optional(ReminderSchema),
});

export type EngineState = z.infer<typeof EngineStateSchema>;
export type Neck = z.infer<typeof NeckSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type Mode = z.infer<typeof ModeSchema>;
export type LastRoutine = z.infer<typeof LastRoutineSchema>;
export type Reminder = z.infer<typeof ReminderSchema>;
export type OfferedRoutine = z.infer<typeof OfferedRoutineSchema>;
export type ActivityState = EngineState['activity']['state'];
