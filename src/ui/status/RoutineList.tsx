import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { timedPlan } from '@/src/content/routines';
import type { RoutineStep } from '@/src/core/routine/my-routine';
import { routineOffers, routinesDone } from '@/src/core/routine/offers';
import type { VariantId } from '@/src/core/routine/plan';
import { emptyStats } from '@/src/core/stats/day-stats';
import { tickText } from '@/src/ui/format';
import { useSettings, useStats } from '@/src/ui/hooks/use-data';
import { useAllDevicesStats } from '@/src/ui/hooks/use-devices';

/**
 * "More routines": every kind with its name and length, a list of buttons after its disclosure
 * button (StartButtons). A kind not open yet (the longer session, until a few routines have
 * counted) is listed unavailable, with the reason under it; the user's own routine only when one
 * is saved. The names are UI messages and the lengths come from the routines' timings
 * (routines.ts, no step data): no routine text loads for this. No stylesheet either (one file
 * fewer to fetch): the status screen's grid lays it out.
 */
export function RoutineList({
  onStart,
  onClose,
}: {
  onStart: (variant: VariantId) => void;
  onClose: () => void;
}) {
  // Routines on every device count toward opening the longer session, as they do toward the goal.
  const stats = useAllDevicesStats(useStats()) ?? emptyStats();
  const mine = useSettings()?.routine.mine ?? [];
  const offers = routineOffers(routinesDone(stats), mine.length > 0);
  // Escape closes the list wherever the focus is, and puts it back on the list's button.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      onClose();
      document.querySelector<HTMLElement>('[aria-controls="more-routines"]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <ul id="more-routines" class="start-buttons" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {offers.map((offer) => {
        const why = offer.locked
          ? i18n.t('popup.routineLocked', [String(offer.needed), String(offer.done)])
          : null;
        return (
          <li key={offer.id}>
            <button
              type="button"
              // Focusable while unavailable, so the reason is read with it; dashed, not faded.
              style={{ width: '100%', textAlign: 'start', borderStyle: why ? 'dashed' : undefined }}
              aria-disabled={why ? 'true' : undefined}
              aria-describedby={why ? `routine-why-${offer.id}` : undefined}
              onClick={why ? undefined : () => onStart(offer.id)}
            >
              {`${i18n.t(`popup.routine.${offer.id}`)} · ${tickText(lengthMs(offer.id, mine))}`}
            </button>
            {why && (
              <p id={`routine-why-${offer.id}`} class="muted" style={{ margin: '4px 2px 0', fontSize: 12 }}>
                {why}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const lengthMs = (id: VariantId, mine: readonly RoutineStep[]): number =>
  timedPlan(id, mine).steps.reduce((sum, s) => sum + s.durationMs, 0);
