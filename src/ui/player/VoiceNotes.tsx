import { i18n } from '#i18n';
import type { PlayerVoice } from './use-player-voice';

/**
 * Why the voice is silent, said once in text instead of failing quietly: the browser has no voice
 * for the language, the spoken script could not be loaded, or the browser waits for a first click
 * in this window before it may speak.
 */
export function VoiceNotes({ voice }: { voice: PlayerVoice }) {
  if (voice.on && voice.status === 'missing')
    return (
      <p class="voice-note" role="status">
        {i18n.t('voice.missing')}
      </p>
    );
  if (voice.on && voice.retryScript)
    return (
      <div class="voice-note" role="status">
        <p>{i18n.t('voice.loadFailed')}</p>
        <button type="button" onClick={voice.retryScript}>
          {i18n.t('popup.retry')}
        </button>
      </div>
    );
  if (voice.guide.blocked)
    return (
      <div class="voice-note" role="status">
        <p>{i18n.t('voice.blocked')}</p>
        <button type="button" onClick={voice.guide.unblock}>
          {i18n.t('voice.blockedStart')}
        </button>
      </div>
    );
  return null;
}
