import { useEffect, useRef } from 'preact/hooks';
import { chime } from '@/src/platform/audio';
import { speak, stopSpeaking } from '@/src/platform/speech';

export interface StepCues {
  /** Changes exactly when the step (or stage) changes: "step:3", "get-ready:0", "done:18". */
  key: string;
  done: boolean;
  paused: boolean;
  /** What the voice says when this step begins: its name and instruction. */
  spoken: string;
  chimeOn: boolean;
  voiceOn: boolean;
  /** BCP 47 language of the spoken text. */
  lang: string;
  rate: number;
}

/**
 * Sound and voice at each step change: a soft chime (a brighter one at the end), and the new
 * step's name and instruction read aloud for someone whose eyes are off the screen. Nothing plays
 * for the step the player opens on: it is not a change the user needs to hear about.
 */
export function useStepCues(c: StepCues): void {
  const previous = useRef(c.key);
  useEffect(() => {
    if (previous.current === c.key) return;
    previous.current = c.key;
    if (c.chimeOn) chime(c.done ? 'end' : 'step');
    if (c.voiceOn && !c.done && c.spoken) speak(c.spoken, c.lang, c.rate);
    // Only the key matters: the other fields are read as they are at that moment.
  }, [c.key]);

  useEffect(() => {
    if (c.paused || !c.voiceOn) stopSpeaking();
  }, [c.paused, c.voiceOn]);

  useEffect(() => () => stopSpeaking(), []);
}
