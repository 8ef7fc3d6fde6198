import { i18n } from '#i18n';
import { resolveContentLocale } from '../content/locale';
import { postureCueAt } from '../content/posture-cues';
import { getVariant } from '../content/variants';
import { startSession } from '../core/routine';
import type { Effect, EventContext } from '../core/schedule/events';
import { armWake } from '../platform/alarms';
import { setBadge } from '../platform/badge';
import { setIdleThreshold } from '../platform/idle';
import { uiLanguage } from '../platform/locale';
import {
  BROWSER_FAMILY,
  clearNotification,
  iconUrl,
  neckNotificationOptions,
  postureNotificationOptions,
  showNeckPrompt,
  showPostureCheck,
} from '../platform/notifications';
import { saveSession } from '../platform/routine-store';
import { addStats } from '../platform/stats-store';
import { openPopupOrWindow } from '../platform/windows';

/** Carries out the engine's effects in order. One failing effect is logged and does not stop the rest. */
export async function runEffects(effects: readonly Effect[], ctx: EventContext, now: number): Promise<void> {
  for (const effect of effects) {
    try {
      await runEffect(effect, ctx, now);
    } catch (error) {
      console.error(`[nape] effect ${effect.type} failed`, error);
    }
  }
}

async function runEffect(effect: Effect, ctx: EventContext, now: number): Promise<void> {
  switch (effect.type) {
    case 'wakeAt':
      return armWake(effect.at);
    case 'badge':
      return setBadge(effect.text, effect.color);
    case 'idleInterval':
      return setIdleThreshold(effect.seconds);
    case 'stats':
      return addStats(effect.day, effect.delta);
    case 'clearNotification':
      return clearNotification(effect.kind);
    case 'notifyPosture':
      return showPostureCheck(
        postureNotificationOptions(
          BROWSER_FAMILY,
          i18n.t('notify.postureTitle'),
          postureCueAt(resolveContentLocale(uiLanguage()), effect.cue),
          iconUrl(),
        ),
      );
    case 'notifyNeck': {
      const snooze = effect.snoozeMin ?? ctx.settings.snooze.defaultMin;
      const text = {
        title: i18n.t('notify.neckTitle'),
        message: effect.atLimit ? i18n.t('notify.neckMessageAtLimit') : i18n.t('notify.neckMessage'),
        buttons: [
          i18n.t('notify.start'),
          effect.atLimit ? i18n.t('notify.quick') : i18n.t('notify.snooze', [String(snooze)]),
        ] as [string, string],
        clickHint: i18n.t('notify.clickHint'),
      };
      return showNeckPrompt(effect.atLimit, neckNotificationOptions(BROWSER_FAMILY, text, iconUrl()));
    }
    case 'openRoutine':
      // The player reads its session from storage: write it first, then show the player.
      await saveSession(startSession(getVariant(effect.variant), now));
      return openPopupOrWindow();
  }
}
