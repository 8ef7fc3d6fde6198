import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { VariantId } from '@/src/core/routine/plan';
import { lazy } from '@/src/ui/lazy';

// The list is a chunk of its own, fetched once the status shows (so it opens at once): the
// popup's startup budget (22 KB gzip) has no room for it.
const RoutineList = lazy(() => import('./RoutineList').then((m) => m.RoutineList));

/**
 * Start routine (the kind the user chose as default in settings), and "More routines", a
 * disclosure that lists every kind with its length (RoutineList: Escape closes it).
 */
export function StartButtons({
  defaultVariant,
  onStart,
}: {
  defaultVariant: VariantId;
  onStart: (variant: VariantId) => void;
}) {
  const [open, setOpen] = useState(false);
  useEffect(() => void RoutineList.preload().catch(() => {}), []);
  return (
    <div class="start-buttons">
      <button type="button" class="primary" onClick={() => onStart(defaultVariant)}>
        {i18n.t('popup.startRoutine')}
      </button>
      <button
        type="button"
        class="disclosure"
        aria-expanded={open}
        aria-controls="more-routines"
        onClick={() => setOpen(!open)}
      >
        {i18n.t('popup.moreRoutines')}
      </button>
      {open && <RoutineList onStart={onStart} onClose={() => setOpen(false)} />}
    </div>
  );
}
