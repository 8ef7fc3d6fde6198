import { i18n } from '#i18n';
import type { VariantId } from '@/src/core/routine/plan';

/**
 * Start routine (the variant the user chose as default in settings) and the other variant as the
 * second choice: "Quick 2-minute routine", or "Full 5-minute routine" for someone who made the
 * quick one their default.
 */
export function StartButtons({
  defaultVariant,
  onStart,
}: {
  defaultVariant: VariantId;
  onStart: (variant: VariantId) => void;
}) {
  const other: VariantId = defaultVariant === 'full' ? 'quick' : 'full';
  return (
    <div class="start-buttons">
      <button type="button" class="primary" onClick={() => onStart(defaultVariant)}>
        {i18n.t('popup.startRoutine')}
      </button>
      <button type="button" onClick={() => onStart(other)}>
        {other === 'quick' ? i18n.t('popup.startQuick') : i18n.t('popup.startFull')}
      </button>
    </div>
  );
}
