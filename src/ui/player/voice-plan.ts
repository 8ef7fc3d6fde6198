import type { Cue, CueTimeline } from '@/src/content/cue-timeline';
import type { RoutinePlan } from '@/src/content/variants';
import { GET_READY_MS, type RoutineProgress } from '@/src/core/routine';

// What the voice does between two looks at the player: pure, so every case below is a table test.
//
// The player looks at its position each time it draws (about once a second) and hands this
// function the last look and the new one:
// - Playing on: say the cues the position has just passed. When a step has ended, what was still
//   waiting for it is dropped (its "Next: …" is stale once that step is here), but the sentence
//   being said is finished: cues queue up, they never cut each other off.
// - Pause: the queue pauses (the sentence being said is said again on Resume).
// - Next or Previous (the session's jump offset changed): what was said or queued for the old step
//   is cut at once, even mid-sentence, and the new step is said from its start. The user asked to
//   leave that step: the rest of its sentence is an instruction for a movement they have skipped
//   or gone back on, and pressing Next three times must not leave three steps' words queued.
// - Landing: the voice joins part-way through (the page opened on a running routine, the voice
//   was turned on, a step was changed while paused): it says the rules the user has not heard in
//   this page, then the step's movement. The rules are "heard" only once said to their end, so a
//   rule cut off by Next is said again.

export type Rule = 'stop-rule' | 'massage-rule';

export interface VoiceLook {
  /** Position on the routine-time line (0 = the start of the get-ready countdown). */
  posMs: number;
  paused: boolean;
  /** The session's jump offset: it changes exactly when Next or Previous moves the position. */
  jumpMs: number;
}

export interface VoiceMemory {
  /** Rules said to their end in this page. */
  heard: ReadonlySet<Rule>;
  /** The step the voice last spoke for in this page, or null. */
  spokenStep: number | null;
}

/** What the voice needs of a cue to say it: a landing makes some of its own (the rules). */
export type SaidCue = Pick<Cue, 'step' | 'kind' | 'text' | 'atMs'>;

export type VoiceAction =
  | { type: 'say'; cues: readonly SaidCue[] }
  | { type: 'drop-pending' }
  | { type: 'cancel' }
  | { type: 'pause' }
  | { type: 'resume' };

export interface VoicePlan {
  actions: VoiceAction[];
  spokenStep: number | null;
}

/** Where `p` is on the routine-time line the cue timeline uses (0 = the start of the countdown). */
export function routinePosMs(plan: RoutinePlan, p: RoutineProgress): number {
  if (p.stage === 'get-ready') return GET_READY_MS - p.getReadyRemainingMs;
  return (
    GET_READY_MS +
    (p.stage === 'step' ? (plan.steps[p.stepIndex]?.startMs ?? 0) + p.stepElapsedMs : p.totalMs)
  );
}

/** The step whose window holds `posMs`, or -1 past the end. */
export function stepAt(timeline: CueTimeline, posMs: number): number {
  return timeline.windows.findIndex((w) => posMs >= w.startMs && posMs < w.endMs);
}

const isRule = (cue: SaidCue): cue is SaidCue & { kind: Rule } =>
  cue.kind === 'stop-rule' || cue.kind === 'massage-rule';

/** What to say when the voice joins at `posMs`: unheard rules, then the step's own start. */
export function landing(timeline: CueTimeline, posMs: number, heard: ReadonlySet<Rule>): SaidCue[] {
  const step = stepAt(timeline, posMs);
  if (step < 0) return [];
  const own = timeline.cues.filter((c) => c.step === step && (c.kind === 'subtitle' || c.kind === 'start'));
  const begun = posMs >= (timeline.windows[step]?.beginsMs ?? 0);
  const cues: SaidCue[] = [];
  if (!heard.has('stop-rule')) cues.push({ step, kind: 'stop-rule', text: timeline.stopRule, atMs: posMs });
  // In the get-ready seconds only the rule: the first step's cues come when it starts.
  if (!begun) return cues;
  if (timeline.windows[step]?.phase === 'massage' && !heard.has('massage-rule'))
    cues.push({ step, kind: 'massage-rule', text: timeline.massageRule, atMs: posMs });
  return [...cues, ...own];
}

export function planVoice(
  timeline: CueTimeline,
  before: VoiceLook | null,
  now: VoiceLook,
  memory: VoiceMemory,
): VoicePlan {
  const step = stepAt(timeline, now.posMs);
  const jumped = before !== null && before.jumpMs !== now.jumpMs;
  const land = (cut: boolean): VoicePlan => {
    const cues = landing(timeline, now.posMs, memory.heard);
    const actions: VoiceAction[] = cut ? [{ type: 'cancel' }] : [];
    if (cues.length) actions.push({ type: 'say', cues });
    return { actions, spokenStep: step };
  };

  if (now.paused) {
    // A step changed while paused: the old step's words are stale; the new one is said on Resume.
    if (jumped) return { actions: [{ type: 'cancel' }], spokenStep: null };
    if (before && !before.paused) return { actions: [{ type: 'pause' }], spokenStep: memory.spokenStep };
    return { actions: [], spokenStep: memory.spokenStep };
  }
  if (before === null) return land(false);
  if (jumped) return land(true);
  if (before.paused) {
    // Resumed where the voice left off: carry on. Anywhere else (the page opened paused, or the
    // step changed while paused): say where we are.
    return memory.spokenStep === step ? { actions: [{ type: 'resume' }], spokenStep: step } : land(true);
  }

  const passed = timeline.cues.filter(
    (c) =>
      c.atMs > before.posMs &&
      c.atMs <= now.posMs &&
      c.step === step &&
      !(isRule(c) && memory.heard.has(c.kind)),
  );
  const actions: VoiceAction[] = [];
  if (stepAt(timeline, before.posMs) !== step) actions.push({ type: 'drop-pending' });
  if (passed.length) actions.push({ type: 'say', cues: passed });
  return { actions, spokenStep: passed.length ? step : memory.spokenStep };
}
