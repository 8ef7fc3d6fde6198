import { useEffect, useRef } from 'preact/hooks';
import type { PlayerControls } from './use-player-controls';

// Controls whose own keys must keep working: Space presses a focused button or ticks a box, and
// the arrow keys move inside a text field.
const OWN_SPACE = 'button, a, input, select, textarea, summary, [role="button"]';
const OWN_ARROWS = 'input, select, textarea';

/**
 * A modal dialog is open (the safety reminders): its keys are its own. Space must not resume the
 * routine it paused, nor Esc stop it; Esc closes the dialog.
 */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * The player's keys: Space pauses or resumes, ← and → go to the previous and next step, Esc stops
 * (and the done screen then says what was completed — nothing is thrown away without a word).
 * Off while `enabled` is false (the voice question is on screen, and the routine waits for it) and
 * while a dialog is open. S, the safety reminders, is useSafetyKey's.
 */
export function usePlayerKeys(controls: PlayerControls, enabled = true): void {
  const latest = useRef({ controls, enabled });
  latest.current = { controls, enabled };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!latest.current.enabled || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || dialogOpen())
        return;
      const target = e.target instanceof Element ? e.target : null;
      const c = latest.current.controls;
      if (e.key === ' ' && !target?.closest(OWN_SPACE)) c.toggle();
      else if (e.key === 'ArrowLeft' && !target?.closest(OWN_ARROWS)) c.previous();
      else if (e.key === 'ArrowRight' && !target?.closest(OWN_ARROWS)) c.next();
      else if (e.key === 'Escape') c.finish('stopped');
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * S opens the safety reminders, one key press away. The physical key (`code`), so it is the same
 * key in a Russian layout, where it types «ы». Not while typing in a field or a dialog is open.
 */
export function useSafetyKey(open: () => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat || dialogOpen()) return;
      if (e.code !== 'KeyS' && e.key.toLowerCase() !== 's') return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWN_ARROWS)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
