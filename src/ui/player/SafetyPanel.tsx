import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Icon } from './icons';
import { useSafetyKey } from './use-keyboard';
import type { PlayerControls } from './use-player-controls';
import './safety-panel.css';

export interface SafetyProps {
  /** The routine's reminders (the routine text's `player.cues`). */
  cues: readonly string[];
  /** What the screen shows now: opening pauses a routine that plays, and closing resumes only it. */
  paused: boolean;
  controls: Pick<PlayerControls, 'pause' | 'resume' | 'finish'>;
}

/**
 * The Safety button and the reminders it opens, at any moment of the routine (the countdown shows
 * them only while getting ready): by click, or by S. The routine keeps its place: opening pauses
 * it, and closing resumes it only if it was playing. A modal dialog: focus moves to its heading,
 * Esc or "Back to the routine" closes it, and focus returns to the button. The dialog covers the
 * player, so it carries "Stop — pain or dizziness" too.
 */
export function SafetyButton({ cues, paused, controls }: SafetyProps) {
  const [open, setOpen] = useState(false);
  const [resumes, setResumes] = useState(false);
  // The same, for handlers that may run after a render they did not see (a late `close` event).
  const now = useRef({ open: false, resumes: false });
  const latest = useRef({ paused, controls });
  latest.current = { paused, controls };
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const show = () => {
    if (now.current.open) return;
    const playing = !latest.current.paused;
    now.current = { open: true, resumes: playing };
    if (playing) latest.current.controls.pause();
    setResumes(playing);
    setOpen(true);
  };
  /** Closes the dialog; `resume` false when the routine ends from it instead. */
  const hide = (resume = true) => {
    if (!now.current.open) return;
    const { resumes: wasPlaying } = now.current;
    now.current = { open: false, resumes: false };
    setOpen(false);
    if (resume && wasPlaying) latest.current.controls.resume();
  };
  useSafetyKey(show);

  // As the dialog is committed, not a frame later: the focus is in it at once, and back on the
  // button as soon as it goes.
  const shown = useRef(false);
  useLayoutEffect(() => {
    if (open) {
      const d = dialog.current;
      if (d && !d.open) d.showModal();
      heading.current?.focus();
      shown.current = true;
    } else if (shown.current) {
      shown.current = false;
      button.current?.focus();
    }
  }, [open]);

  return (
    <>
      <button
        type="button"
        class="toggle safety-toggle"
        ref={button}
        aria-haspopup="dialog"
        aria-keyshortcuts="S"
        onClick={show}
      >
        <Icon name="safety" />
        {i18n.t('player.safety')}
      </button>
      {open && (
        <dialog
          ref={dialog}
          class="safety-dialog"
          aria-labelledby="safety-title"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            hide();
          }}
          // The browser's own close request (Esc while nothing inside has focus): ours instead.
          onCancel={(e) => {
            e.preventDefault();
            hide();
          }}
          onClose={() => hide()}
        >
          <h2 id="safety-title" class="safety-title" tabIndex={-1} ref={heading}>
            {i18n.t('player.safety')}
          </h2>
          {resumes && <p class="muted">{i18n.t('player.safetyPaused')}</p>}
          <ul class="cues">
            {cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
          <div class="safety-actions">
            <button type="button" class="primary" onClick={() => hide()}>
              {i18n.t('player.safetyClose')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                hide(false);
                latest.current.controls.finish('pain');
              }}
            >
              {i18n.t('player.stopPain')}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
