import type { VariantId } from '@/src/core/routine/plan';
import type { StatusView } from '@/src/core/schedule/status';
import type { TodaySummary } from '@/src/core/stats/summary';
import type { CommandResult } from '@/src/platform/protocol';
import { command } from '@/src/ui/actions';
import { useAction } from '@/src/ui/hooks/use-command';
import { ActionError } from './ActionError';
import { HabitLine } from './HabitLine';
import { Headline } from './Headline';
import { PauseControl } from './PauseControl';
import { StartButtons } from './StartButtons';
import { TodayStats } from './TodayStats';

/** The everyday screen: when the next break is, today's numbers, start a routine, pause reminders. */
export function StatusScreen({
  status,
  today,
  defaultVariant,
  now,
  onStart,
}: {
  status: StatusView;
  today: TodaySummary;
  defaultVariant: VariantId;
  now: number;
  onStart: (variant: VariantId) => Promise<CommandResult>;
}) {
  const { run, failure } = useAction();
  return (
    <section class="screen">
      <Headline status={status} now={now} />
      <StartButtons defaultVariant={defaultVariant} onStart={(variant) => void run(() => onStart(variant))} />
      {status.phase !== 'routine' && (
        <PauseControl
          paused={status.phase === 'paused'}
          onPause={(preset) => void run(() => command({ type: 'pause', preset }))}
          onResume={() => void run(() => command({ type: 'resume' }))}
        />
      )}
      <ActionError failure={failure} />
      <TodayStats today={today} />
      <HabitLine now={now} />
    </section>
  );
}
