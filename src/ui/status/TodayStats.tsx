import { i18n } from '#i18n';
import type { TodaySummary } from '@/src/core/stats/summary';
import { spanText } from '@/src/ui/format-core';

/** Today at a glance: active screen time, routines against the daily goal, the current streak. */
export function TodayStats({ today }: { today: TodaySummary }) {
  return (
    <section class="today" aria-labelledby="today-heading">
      <h2 id="today-heading" class="section-title">
        {i18n.t('status.today')}
      </h2>
      <dl class="tiles">
        <div class="tile">
          <dt>{i18n.t('status.screenTime')}</dt>
          <dd>{spanText(today.activeMs)}</dd>
        </div>
        <div class="tile">
          <dt>{i18n.t('status.routines')}</dt>
          <dd>{i18n.t('status.routinesValue', [String(today.routines), String(today.goal)])}</dd>
        </div>
        <div class="tile">
          <dt>{i18n.t('status.streak')}</dt>
          <dd>{today.streak}</dd>
        </div>
      </dl>
    </section>
  );
}
