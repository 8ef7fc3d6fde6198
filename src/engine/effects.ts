import { i18n } from '#i18n';
import { postureCueKey } from '@/src/content/posture-cues';
import type { Badge } from '@/src/core/schedule/badge';
import type { Effect } from '@/src/core/schedule/events';
import { armWake } from '@/src/platform/alarms';
import { showBadge } from '@/src/platform/badge';
import { setIdleThreshold } from '@/src/platform/idle';
import {
  BROWSER_FAMILY,
  clearNotification,
  eveningNotificationOptions,
  iconUrl,
  neckNotificationOptions,
  postureNotificationOptions,
  showEveningReminder,
  showNeckPrompt,
  showPostureCheck,
} from '@/src/platform/notifications';
import { openPopupOrWindow } from '@/src/platform/windows';

/** What the browser shows already, as read with the engine's inputs: an effect in place is skipped. */
export interface Shown {
  badge: Badge | null;
}

/**
 * Carries out the engine's effects in order, after its state and history are saved (the `stats`
 * effects are part of that save, not run here). One failing effect is logged and does not stop the rest.
 */
export async function runEffects(effects: readonly Effect[], shown: Shown): Promise<void> {
  for (const effect of effects) {
    try {
      await runEffect(effect, shown);
    } catch (error) {
      console.error(`[nape] effect ${effect.type} failed`, error);
    }
  }
}

async function runEffect(effect: Effect, shown: Shown): Promise<void> {
  switch (effect.type) {
    case 'wakeAt':
      return armWake(effect.at);
    case 'badge':
      return showBadge(effect, shown.badge);
    case 'idleInterval':
      return setIdleThreshold(effect.seconds);
    case 'stats':
      return; // saved with the state by the pipeline
    case 'clearNotification':
      return clearNotification(effect.kind);
    case 'notifyPosture':
      return showPostureCheck(
        postureNotificationOptions(
          BROWSER_FAMILY,
          i18n.t('notify.postureTitle'),
          i18n.t(postureCueKey(effect.cue)),
          iconUrl(),
        ),
      );
    case 'notifyNeck': {
      const text = {
        title: i18n.t('notify.neckTitle'),
        message: !effect.atLimit
          ? i18n.t('notify.neckMessage')
          : effect.other === 'full'
            ? i18n.t('notify.neckMessageAtLimitFull')
            : i18n.t('notify.neckMessageAtLimit'),
        buttons: [
          i18n.t('notify.start'),
          // No snooze offered (the limit is reached): the second button is another routine.
          effect.other === 'full'
            ? i18n.t('notify.full')
            : effect.other === 'quick'
              ? i18n.t('notify.quick')
              : i18n.t('notify.snooze', [String(effect.snoozeMin)]),
        ] as [string, string],
        clickHint: i18n.t('notify.clickHint'),
      };
      return showNeckPrompt(effect.atLimit, neckNotificationOptions(BROWSER_FAMILY, text, iconUrl()));
    }
    case 'notifyEvening':
      return showEveningReminder(
        eveningNotificationOptions(
          BROWSER_FAMILY,
          {
            title: i18n.t('notify.eveningTitle'),
            message: i18n.t('notify.eveningMessage', [String(effect.done), String(effect.goal)]),
          },
          iconUrl(),
        ),
      );
    case 'openRoutine':
      // The engine is in routine mode already; the page that opens shows the player and starts
      // its session (the pages alone write the player's position).
      return openPopupOrWindow();
  }
}
