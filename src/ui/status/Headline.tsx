import { i18n } from '#i18n';
import type { StatusView } from '@/src/core/schedule/status';
import { untilText, whenText } from '@/src/ui/format-core';

/** The screen's heading: when the next break is, or why there is none. */
export function Headline({ status, now }: { status: StatusView; now: number }) {
  switch (status.phase) {
    case 'counting':
      return (
        <div class="headline">
          <h2 class="headline-label">{i18n.t('status.nextBreak')}</h2>
          <p class="headline-value">{untilText(status.nextBreakInMs ?? 0)}</p>
        </div>
      );
    case 'snoozed':
      return (
        <h2 class="headline headline--text">
          {i18n.t('status.snoozedUntil', [whenText(status.snoozedUntil ?? now, now)])}
        </h2>
      );
    case 'paused':
      return <h2 class="headline headline--text">{pausedText(status.pause, now)}</h2>;
    case 'off-hours':
      return <h2 class="headline headline--text">{i18n.t('status.offHours')}</h2>;
    case 'neck-off':
      return <h2 class="headline headline--text">{i18n.t('status.neckOff')}</h2>;
    case 'routine':
      return <h2 class="headline headline--text">{i18n.t('status.routineRunning')}</h2>;
    case 'due':
      return <h2 class="headline headline--text">{i18n.t('popup.dueTitle')}</h2>;
  }
}

/** In the user's own words: "until tomorrow" rather than "until 00:00". */
function pausedText(pause: StatusView['pause'], now: number): string {
  if (!pause || pause.until === null) return i18n.t('status.pausedIndefinitely');
  if (pause.preset === 'tomorrow') return i18n.t('status.pausedTomorrow');
  return i18n.t('status.pausedUntil', [whenText(pause.until, now)]);
}
