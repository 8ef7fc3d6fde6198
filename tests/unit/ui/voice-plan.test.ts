// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCueTimeline } from '@/src/content/cue-timeline';
import { script as SCRIPT_EN } from '@/src/content/lang/en';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { planVoice, type Rule, type VoiceAction, type VoiceLook } from '@/src/ui/player/voice-plan';

// What the voice does between two looks at the player, case by case, on the quick routine:
// get-ready 0–3 s, Metronome right 3–18 s, Metronome left 18–33 s, Spring 33–45 s, … Stroking (the
// first massage step) 75–87 s, Rubbing 87–98 s. When a cue is said comes from the timeline.

const timeline = buildCueTimeline(getVariant('quick'), SCRIPT_EN, { leadInMs: GET_READY_MS });
const S = 1000;
const look = (posS: number, { paused = false, jumpMs = 0 } = {}): VoiceLook => ({
  // Whole milliseconds, as the timeline has them: 8.181 * 1000 is 8180.999… in floating point.
  posMs: Math.round(posS * S),
  paused,
  jumpMs,
});
const memory = (heard: Rule[] = [], spokenStep: number | null = null) => ({
  heard: new Set(heard),
  spokenStep,
});
/** The actions with each "say" reduced to its texts. */
const texts = (actions: VoiceAction[]) =>
  actions.map((a) => (a.type === 'say' ? { say: a.cues.map((c) => c.text) } : a.type));

const steps = SCRIPT_EN.steps;
/** When the timeline says `text` in step `step`, in seconds. */
const saidAt = (text: string, step: number) =>
  (timeline.cues.find((c) => c.text === text && c.step === step)?.atMs ?? Number.NaN) / S;

describe('the voice between two looks at the player', () => {
  it('a routine just opened: the stop rule, then the first step as it begins', () => {
    const opened = planVoice(timeline, null, look(0.2), memory());
    expect(texts(opened.actions)).toEqual([{ say: [SCRIPT_EN.stopRule] }]);
    // The posture cue and the first instruction, one after the other, as the step begins.
    expect(saidAt('Sit tall.', 0)).toBeGreaterThanOrEqual(3);
    const start = saidAt(steps['ex-metronome-r'].start, 0);
    const begun = planVoice(timeline, look(2.5), look(start), memory(['stop-rule'], 0));
    expect(texts(begun.actions)).toEqual([{ say: ['Sit tall.', steps['ex-metronome-r'].start] }]);
  });

  it('timed cues are said as the position passes them, and only then', () => {
    const hold = saidAt('Hold.', 0);
    // In Metronome's hold (25–45 % of its 15 s), once the first instruction has been said.
    expect(hold).toBeGreaterThanOrEqual(3 + 0.25 * 15);
    expect(hold).toBeLessThan(3 + 0.45 * 15);
    expect(texts(planVoice(timeline, look(hold - 1), look(hold - 0.01), memory([], 0)).actions)).toEqual([]);
    expect(texts(planVoice(timeline, look(hold - 1), look(hold), memory([], 0)).actions)).toEqual([
      { say: ['Hold.'] },
    ]);
  });

  it('a new step drops what still waits for the old one, without cutting the sentence being said', () => {
    const { actions } = planVoice(timeline, look(17.6), look(18), memory(['stop-rule'], 0));
    expect(texts(actions)).toEqual(['drop-pending', { say: [steps['ex-metronome-l'].start] }]);
  });

  it('the massage rule comes before the first massage movement, once', () => {
    const start = saidAt(steps['ms-stroke-open'].start, 5);
    const { actions } = planVoice(timeline, look(74.5), look(start), memory(['stop-rule'], 4));
    expect(texts(actions)).toEqual([
      'drop-pending',
      { say: [SCRIPT_EN.massageRule, steps['ms-stroke-open'].start] },
    ]);
    const again = planVoice(timeline, look(74.5), look(start), memory(['stop-rule', 'massage-rule'], 4));
    expect(texts(again.actions)).toEqual(['drop-pending', { say: [steps['ms-stroke-open'].start] }]);
  });

  it('Pause pauses the voice; Resume in the same step carries on', () => {
    expect(texts(planVoice(timeline, look(8), look(8, { paused: true }), memory([], 1)).actions)).toEqual([
      'pause',
    ]);
    expect(
      texts(planVoice(timeline, look(8, { paused: true }), look(8, { paused: true }), memory()).actions),
    ).toEqual([]);
    const resumed = planVoice(timeline, look(8, { paused: true }), look(8.2), memory(['stop-rule'], 0));
    expect(texts(resumed.actions)).toEqual(['resume']);
  });

  it('Next or Previous cut the old step at once and say the new one from its start', () => {
    const { actions, spokenStep } = planVoice(
      timeline,
      look(8),
      look(18, { jumpMs: 10 * S }),
      memory(['stop-rule'], 0),
    );
    expect(texts(actions)).toEqual(['cancel', { say: [steps['ex-metronome-l'].start] }]);
    expect(spokenStep).toBe(1);
    const back = planVoice(timeline, look(20), look(3, { jumpMs: -17 * S }), memory(['stop-rule'], 1));
    expect(texts(back.actions)).toEqual(['cancel', { say: ['Sit tall.', steps['ex-metronome-r'].start] }]);
  });

  it('a rule cut off before it was heard is said again where the user lands', () => {
    const { actions } = planVoice(timeline, look(1), look(3, { jumpMs: 2 * S }), memory());
    expect(texts(actions)).toEqual([
      'cancel',
      { say: [SCRIPT_EN.stopRule, 'Sit tall.', steps['ex-metronome-r'].start] },
    ]);
  });

  it('Next into the massage part says its rule first', () => {
    const { actions } = planVoice(timeline, look(70), look(87, { jumpMs: 17 * S }), memory(['stop-rule'], 4));
    expect(texts(actions)).toEqual(['cancel', { say: [SCRIPT_EN.massageRule, steps['ms-rub'].start] }]);
  });

  it('a step changed while paused: the old words go at once, the new step is said on Resume', () => {
    const jumped = planVoice(
      timeline,
      look(8, { paused: true }),
      look(18, { paused: true, jumpMs: 10 * S }),
      memory(['stop-rule'], 0),
    );
    expect(texts(jumped.actions)).toEqual(['cancel']);
    const resumed = planVoice(
      timeline,
      look(18, { paused: true, jumpMs: 10 * S }),
      look(18.1, { jumpMs: 10 * S }),
      memory(['stop-rule'], jumped.spokenStep),
    );
    expect(texts(resumed.actions)).toEqual(['cancel', { say: [steps['ex-metronome-l'].start] }]);
  });

  it('a page that opens paused part-way says where it is when resumed', () => {
    const opened = planVoice(timeline, null, look(40, { paused: true }), memory());
    expect(texts(opened.actions)).toEqual([]);
    const resumed = planVoice(
      timeline,
      look(40, { paused: true }),
      look(40.1),
      memory([], opened.spokenStep),
    );
    expect(texts(resumed.actions)).toEqual([
      'cancel',
      { say: [SCRIPT_EN.stopRule, steps['ex-spring-down'].start] },
    ]);
  });

  it('after a long gap between looks, only the current step is spoken to', () => {
    const { actions } = planVoice(timeline, look(10), look(19), memory(['stop-rule'], 0));
    expect(texts(actions)).toEqual(['drop-pending', { say: [steps['ex-metronome-l'].start] }]);
  });

  it('says nothing past the end', () => {
    const end = timeline.windows.at(-1)?.endMs as number;
    expect(
      texts(planVoice(timeline, look(end / S - 0.5), look(end / S + 1), memory(['stop-rule'], 9)).actions),
    ).toEqual(['drop-pending']);
    expect(texts(planVoice(timeline, null, look(end / S + 1), memory()).actions)).toEqual([]);
  });
});
