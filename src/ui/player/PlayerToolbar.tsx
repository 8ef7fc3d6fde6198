import { i18n } from '#i18n';
import { Icon } from './icons';
import { SafetyButton, type SafetyProps } from './SafetyPanel';

/**
 * Where the routine is (phase, step n of m) and its switches: the safety reminders (SafetyPanel),
 * sound for this session (only when the chime is on in settings), voice guidance (whenever the
 * browser can speak; it changes the setting) and, in the popup, Pop out.
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
          <button type="button" class="toggle" aria-pressed={sound.on} onClick={sound.toggle}>
            <Icon name="sound" />
            {i18n.t('player.sound')}
          </button>
        )}
        {voice && (
          <button type="button" class="toggle" aria-pressed={voice.on} onClick={voice.toggle}>
            <Icon name="voice" />
            {i18n.t('player.voice')}
          </button>
        )}
        {onPopOut && (
          <button type="button" class="toggle" onClick={onPopOut}>
            <Icon name="popOut" />
            {i18n.t('player.popOut')}
          </button>
        )}
      </div>
    </div>
  );
}
