import { type BrowserFamily, neckPromptClick, otherOffered, snoozeOffered } from '@/src/core/prompt-click';
import type { VariantId } from '@/src/core/routine/plan';
import { reminderVariant } from '@/src/core/schedule/reminder';
import type { EngineState } from '@/src/core/schedule/state';
import { checkCommand } from '@/src/core/validate/stored';
import { onWakeAlarm } from '@/src/platform/alarms';
import { onShortcut } from '@/src/platform/commands';
import { onIdleStateChanged } from '@/src/platform/idle';
import { BROWSER_FAMILY, onNotificationEvents } from '@/src/platform/notifications';
import { onMessage } from '@/src/platform/protocol';
import { onInstalled } from '@/src/platform/runtime';
import { STORED } from '@/src/platform/storage-items';
import { openOptionsPage, openPopupOrWindow } from '@/src/platform/windows';
import { createEngine, type EngineDeps } from './engine';
import { runShortcut } from './shortcuts';

/**
 * Wires browser events to the engine. Everything here is registered synchronously: Chrome
 * delivers a wake-up event only to listeners that exist when the worker's script first runs.
 */
export function startBackground(deps?: EngineDeps, family: BrowserFamily = BROWSER_FAMILY) {
  const engine = createEngine(deps);

  onWakeAlarm((scheduledTime) => void engine.alarm(scheduledTime));
  onIdleStateChanged((state) => void engine.dispatch({ type: 'idleChanged', state }));
  STORED.settings.follow((_, previous) => void engine.dispatch({ type: 'settingsChanged', previous }));

  onNotificationEvents({
    onNeckClicked: () => {
      if (neckPromptClick(family) === 'start-routine') void startFromNotification();
      else void openPopupOrWindow();
    },
    onNeckButton: (action) => {
      if (action === 'snooze')
        void engine.dispatch(({ state, settings }) => ({
          type: 'snooze',
          minutes: snoozeOffered(state, settings),
        }));
      else if (action === 'other') void startFromNotification(otherOffered);
      else void startFromNotification();
    },
    onEveningClicked: () =>
      void engine.dispatch(({ settings }) => ({
        type: 'startRoutine',
        variant: reminderVariant(settings),
        source: 'notification',
      })),
  });

  const startFromNotification = (variant?: (state: EngineState) => VariantId) =>
    engine.dispatch(({ state, settings }) => ({
      type: 'startRoutine',
      variant: variant?.(state) ?? settings.routine.defaultVariant,
      source: 'notification',
    }));

  // Keyboard shortcuts (the manifest's `commands`): the same commands, decided in the engine's queue.
  onShortcut((shortcut) => runShortcut(engine, shortcut, deps?.now ?? Date.now));

  onMessage('command', async ({ data }) => {
    // Messages come from our own pages, but are checked like any input before reaching the engine.
    const command = checkCommand(data);
    if (!command) return { ok: false, error: 'invalid-command' } as const;
    const result = await engine.dispatch(command);
    return result.error ? ({ ok: false, error: result.error } as const) : ({ ok: true } as const);
  });
  onMessage('refresh', async () => {
    await engine.dispatch({ type: 'refresh' });
  });
  onMessage('eraseHistory', async () => {
    await engine.eraseHistory();
  });
  onMessage('importHistory', async ({ data }) => {
    // Checked again here, as stored history is: an invalid day is dropped, never merged.
    await engine.importHistory(STORED.stats.read({ v: 1, days: data }, true));
  });

  onInstalled((reason) => {
    // The first install explains Nape and offers the two choices most people change; an update
    // opens nothing.
    if (reason === 'install') void openOptionsPage('#welcome');
  });

  // Every start, whatever woke the worker: bring the state up to date, re-arm the wake alarm
  // (cleared by updates, reloads and Firefox restarts) and set the idle interval again.
  void engine.dispatch({ type: 'started' });
  return engine;
}
