import { i18n } from '#i18n';
import type { VariantId } from '@/src/core/routine/plan';
import type { StatusView } from '@/src/core/schedule/status';
import type { TodaySummary } from '@/src/core/stats/summary';
import type { CommandResult } from '@/src/platform/protocol';
import { command } from '@/src/ui/actions';
import { useAction } from '@/src/ui/hooks/use-command';
import { ActionError } from './ActionError';
import { StartButtons } from './StartButtons';
import { TodayStats } from './TodayStats';

/**
 * A neck break is due: start (the default routine, or another from More routines), snooze by one
 * of the configured lengths while the break still has snoozes left, or skip it.
 */
export function BreakDueScreen({
  status,
  today,
  defaultVariant,
  onStart,
}: {
  status: StatusView;
  today: TodaySummary;
  defaultVariant: VariantId;
  onStart: (variant: VariantId) => Promise<CommandResult>;
}) {
  const { run, failure } = useAction();
  return (
    <section class="screen" aria-labelledby="due-heading">
      <h2 id="due-heading" class="screen-title">
        {i18n.t('popup.dueTitle')}
      </h2>
      <p class="lead">{i18n.t('popup.dueText')}</p>
      <StartButtons defaultVariant={defaultVariant} onStart={(variant) => void run(() => onStart(variant))} />
      {status.snoozeChoices.length > 0 ? (
        <fieldset class="chips">
          <legend class="visually-hidden">{i18n.t('popup.snoozeGroup')}</legend>
          {status.snoozeChoices.map((minutes) => (
            <button
              key={minutes}
              type="button"
              class="chip"
              onClick={() => void run(() => command({ type: 'snooze', minutes }))}
            >
              {i18n.t('popup.snooze', [String(minutes)])}
            </button>
          ))}
        </fieldset>
      ) : (
        <p class="muted">{i18n.t('popup.noSnoozesLeft')}</p>
      )}
      <button type="button" class="quiet" onClick={() => void run(() => command({ type: 'skip' }))}>
        {i18n.t('popup.skip')}
      </button>
      <ActionError failure={failure} />
      <TodayStats today={today} />
    </section>
  );
}
