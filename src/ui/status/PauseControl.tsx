import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PausePreset } from '@/src/core/schedule/pause';

const PRESETS: readonly { preset: PausePreset; label: () => string }[] = [
  { preset: '30m', label: () => i18n.t('popup.pause30m') },
  { preset: '1h', label: () => i18n.t('popup.pause1h') },
  { preset: '2h', label: () => i18n.t('popup.pause2h') },
  { preset: 'tomorrow', label: () => i18n.t('popup.pauseTomorrow') },
  { preset: 'indefinite', label: () => i18n.t('popup.pauseIndefinite') },
];

/** "Pause reminders" opens the choice of how long; while paused, a single "Resume reminders". */
export function PauseControl({
  paused,
  onPause,
  onResume,
}: {
  paused: boolean;
  onPause: (preset: PausePreset) => void;
  onResume: () => void;
}) {
  const [open, setOpen] = useState(false);
  if (paused)
    return (
      <button type="button" class="primary" onClick={onResume}>
        {i18n.t('popup.resume')}
      </button>
    );
  return (
    <div class="pause-control">
      <button
        type="button"
        class="quiet disclosure"
        aria-expanded={open}
        aria-controls="pause-presets"
        onClick={() => setOpen(!open)}
      >
        {i18n.t('popup.pauseReminders')}
      </button>
      {open && (
        <fieldset id="pause-presets" class="chips">
          <legend class="visually-hidden">{i18n.t('popup.pauseMenu')}</legend>
          {PRESETS.map(({ preset, label }) => (
            <button key={preset} type="button" class="chip" onClick={() => onPause(preset)}>
              {label()}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
