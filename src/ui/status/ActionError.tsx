import { i18n } from '#i18n';
import type { ActionFailure } from '@/src/ui/hooks/use-command';

/** Why the last action did not go through, in the user's words; announced at once (role="alert"). */
export function ActionError({ failure }: { failure: ActionFailure | null }) {
  return failure ? (
    <p class="alert" role="alert">
      {message(failure)}
    </p>
  ) : null;
}

function message(failure: ActionFailure): string {
  switch (failure) {
    case 'not-due':
      return i18n.t('popup.refused.notDue');
    case 'snooze-limit':
      return i18n.t('popup.refused.snoozeLimit');
    case 'snooze-not-offered':
      return i18n.t('popup.refused.snoozeNotOffered');
    case 'not-paused':
      return i18n.t('popup.refused.notPaused');
    case 'routine-running':
      return i18n.t('popup.refused.routineRunning');
    case 'no-routine':
      return i18n.t('popup.refused.noRoutine');
    case 'unreachable':
      return i18n.t('popup.refused.unreachable');
    default:
      return i18n.t('popup.failed');
  }
}
