import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * Asked once, the first time a routine starts: most of the routine is done with the eyes off the
 * screen, and a voice switched off by default is a voice nobody finds. The routine waits, paused,
 * until the user answers; the answer is remembered and can be changed in the player or the options.
 */
export function VoiceQuestion({ onAnswer }: { onAnswer: (on: boolean) => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="voice-question">
      <h2 id="voice-question-title" class="screen-title">
        {i18n.t('voice.questionTitle')}
      </h2>
      <p class="lead">{i18n.t('voice.questionText')}</p>
      <div class="voice-answers">
        <button type="button" class="primary" ref={yes} onClick={() => onAnswer(true)}>
          {i18n.t('voice.yes')}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {i18n.t('voice.no')}
        </button>
      </div>
      <p class="muted">{i18n.t('voice.changeLater')}</p>
    </div>
  );
}
