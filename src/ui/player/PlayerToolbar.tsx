import { i18n } from '#i18n';
import { Icon, type IconName } from './icons';
import { SafetyButton, type SafetyProps } from './SafetyPanel';

/**
 * Which routine this is (its name: in the popup, where it was just chosen, for assistive tech
 * only), where it is (phase, step n of m) and its switches: the safety reminders (SafetyPanel),
 * sound for this session (only when the chime is on in settings), voice guidance (whenever the
 * browser can speak; it changes the setting) and, in the popup, Pop out. In the narrow popup the
 * switches show their icons only (their names stay for assistive tech and as tooltips), so the
 * toolbar keeps to one row and the step's text stays above the dock in either language.
 */
export function PlayerToolbar({
  routine,
  title,
  position,
  sound,
  voice,
  onPopOut,
  safety,
  compact = false,
}: {
  /** The routine's name and length, e.g. "Quick routine · 2 min". */
  routine: string;
  title: string;
  position: string;
  sound: { on: boolean; toggle: () => void } | null;
  voice: { on: boolean; toggle: () => void } | null;
  onPopOut: (() => void) | null;
  safety?: SafetyProps;
  /** The narrow popup: switches show their icons only. */
  compact?: boolean;
}) {
  return (
    <div class="player-toolbar">
      <p class="player-where">
        <span class={compact ? 'visually-hidden' : 'muted'}>{routine}</span>
        <span class="player-phase">{title}</span>
        <span class="muted">{position}</span>
      </p>
      <div class="player-switches">
        {safety && <SafetyButton {...safety} />}
        {sound && <Switch icon="sound" label={i18n.t('player.sound')} compact={compact} {...sound} />}
        {voice && <Switch icon="voice" label={i18n.t('player.voice')} compact={compact} {...voice} />}
        {onPopOut && (
          <Switch icon="popOut" label={i18n.t('player.popOut')} compact={compact} toggle={onPopOut} />
        )}
      </div>
    </div>
  );
}

/**
 * A toolbar button: an on/off switch when it has `on`, a plain action otherwise. Compact, its name
 * is clipped for assistive tech (and given as a tooltip) so the popup's toolbar stays short.
 */
function Switch({
  icon,
  label,
  compact,
  on,
  toggle,
}: {
  icon: IconName;
  label: string;
  compact: boolean;
  on?: boolean;
  toggle: () => void;
}) {
  return (
    <button
      type="button"
      class="toggle"
      aria-pressed={on}
      onClick={toggle}
      title={compact ? label : undefined}
    >
      <Icon name={icon} />
      <span class={compact ? 'visually-hidden' : undefined}>{label}</span>
    </button>
  );
}
