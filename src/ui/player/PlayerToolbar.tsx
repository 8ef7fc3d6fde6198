import { i18n } from '#i18n';
import { Icon } from './icons';
import { SafetyButton, type SafetyProps } from './SafetyPanel';

/**
 * Where the routine is (phase, step n of m) and its switches: the safety reminders (SafetyPanel),
 * sound for this session (only when the chime is on in settings), voice guidance (whenever the
 * browser can speak; it changes the setting) and, in the popup, Pop out. In the narrow popup the
 * switches show their icons only (their names stay for assistive tech and as tooltips), so the
 * toolbar keeps to one row and the step's text stays above the dock in either language.
 */
export function PlayerToolbar({
  title,
  position,
  sound,
  voice,
  onPopOut,
  safety,
}: {
  title: string;
  position: string;
  sound: { on: boolean; toggle: () => void } | null;
  voice: { on: boolean; toggle: () => void } | null;
  onPopOut: (() => void) | null;
  safety?: SafetyProps;
}) {
  return (
    <div class="player-toolbar">
      <p class="player-where">
        <span class="player-phase">{title}</span>
        <span class="muted">{position}</span>
      </p>
      <div class="player-switches">
        {safety && <SafetyButton {...safety} />}
        {sound && (
          <button
            type="button"
            class="toggle"
            aria-pressed={sound.on}
            onClick={sound.toggle}
            title={i18n.t('player.sound')}
          >
            <Icon name="sound" />
            <span class="toggle-label">{i18n.t('player.sound')}</span>
          </button>
        )}
        {voice && (
          <button
            type="button"
            class="toggle"
            aria-pressed={voice.on}
            onClick={voice.toggle}
            title={i18n.t('player.voice')}
          >
            <Icon name="voice" />
            <span class="toggle-label">{i18n.t('player.voice')}</span>
          </button>
        )}
        {onPopOut && (
          <button type="button" class="toggle" onClick={onPopOut} title={i18n.t('player.popOut')}>
            <Icon name="popOut" />
            <span class="toggle-label">{i18n.t('player.popOut')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
