import { i18n } from '#i18n';

// Every device counts (core/sync/): History shows the routines of all the user's devices, or of
// this one alone. Offered only when another device has sent a summary.

export type DeviceScope = 'all' | 'this';

export function DevicePicker({
  scope,
  onPick,
  othersTotal,
}: {
  scope: DeviceScope;
  onPick(scope: DeviceScope): void;
  /** Routines the other devices have counted in all. */
  othersTotal: number;
}) {
  const choices: [DeviceScope, string][] = [
    ['all', i18n.t('options.history.allDevices')],
    ['this', i18n.t('options.history.thisDevice')],
  ];
  return (
    <fieldset class="field range-picker" aria-describedby="history-devices-hint">
      <legend>{i18n.t('options.history.devices')}</legend>
      <div class="choices">
        {choices.map(([value, label]) => (
          <span class="choice" key={value}>
            <input
              id={`history-devices-${value}`}
              type="radio"
              name="history-devices"
              checked={scope === value}
              onChange={() => onPick(value)}
            />
            <label for={`history-devices-${value}`}>{label}</label>
          </span>
        ))}
      </div>
      <p class="hint" id="history-devices-hint">
        {i18n.t('options.history.devicesHint')}{' '}
        {i18n.t('options.history.otherDevicesTotal', [String(othersTotal)])}
      </p>
    </fieldset>
  );
}
