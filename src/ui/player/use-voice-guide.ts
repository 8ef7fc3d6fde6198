import { useEffect, useRef, useState } from 'preact/hooks';
import type { CueTimeline } from '@/src/content/cue-timeline';
import { pageSpeechQueue, type VoiceChoice } from '@/src/platform/speech';
import { planVoice, type Rule, type VoiceAction, type VoiceLook } from './voice-plan';

export interface VoiceGuide {
  /** The browser refuses to speak until the user clicks or presses a key in this page. */
  blocked: boolean;
  /** After that click: the voice joins where the routine is. */
  unblock(): void;
}

/**
 * Speaks the routine's cues as the player's position passes them (voice-plan.ts decides what, the
 * page's speech queue says it). Silent while `timeline` is null (the script is loading) or the
 * voice is off; closing the page or the player stops it mid-word.
 */
export function useVoiceGuide(
  timeline: CueTimeline | null,
  look: VoiceLook,
  on: boolean,
  voice: VoiceChoice,
): VoiceGuide {
  const queue = pageSpeechQueue();
  const before = useRef<VoiceLook | null>(null);
  const heard = useRef(new Set<Rule>());
  const spokenStep = useRef<number | null>(null);
  const [blocked, setBlocked] = useState(false);
  const unblock = () => setBlocked(false);

  useEffect(() => queue.onBlocked(() => setBlocked(true)), [queue]);
  // Any click or key press in the page is the activation the browser waits for.
  useEffect(() => {
    if (!blocked) return;
    addEventListener('pointerdown', unblock, true);
    addEventListener('keydown', unblock, true);
    return () => {
      removeEventListener('pointerdown', unblock, true);
      removeEventListener('keydown', unblock, true);
    };
  }, [blocked]);

  // After every draw: the position only moves when the player draws.
  useEffect(() => {
    // While blocked the voice stands aside; unblocked, it joins afresh (a landing).
    if (!on || !timeline || blocked) {
      if (before.current) queue.cancel();
      before.current = null;
      spokenStep.current = null;
      return;
    }
    const plan = planVoice(timeline, before.current, look, {
      heard: heard.current,
      spokenStep: spokenStep.current,
    });
    before.current = look;
    spokenStep.current = plan.spokenStep;
    for (const action of plan.actions) apply(action);
  });

  function apply(action: VoiceAction) {
    switch (action.type) {
      case 'say':
        queue.say(
          action.cues.map((cue) => ({
            text: cue.text,
            onSpoken:
              cue.kind === 'stop-rule' || cue.kind === 'massage-rule'
                ? () => heard.current.add(cue.kind as Rule)
                : undefined,
          })),
          voice,
        );
        return;
      case 'drop-pending':
        return queue.dropPending();
      case 'cancel':
        return queue.cancel();
      case 'pause':
        return queue.pause();
      case 'resume':
        return queue.resume();
    }
  }

  useEffect(() => {
    // A closing popup may never unmount its components: pagehide is its last word.
    const stop = () => queue.cancel();
    addEventListener('pagehide', stop);
    return () => {
      removeEventListener('pagehide', stop);
      queue.cancel();
    };
  }, [queue]);

  return { blocked: on && blocked, unblock };
}
