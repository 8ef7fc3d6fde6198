import { useEffect, useRef } from 'preact/hooks';
import { chime } from '@/src/platform/audio';

/**
 * A soft chime at each step change (a brighter one at the end), for someone whose eyes are off
 * the screen. Nothing plays for the step the player opens on: it is not a change the user needs to
 * hear about. (The voice has its own timing: use-voice-guide.ts.)
 */
export function useStepChime(key: string, done: boolean, on: boolean): void {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (on) chime(done ? 'end' : 'step');
    // Only the key matters: the other arguments are read as they are at that moment.
  }, [key]);
}
