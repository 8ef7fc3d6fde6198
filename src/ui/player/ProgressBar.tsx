import { i18n } from '#i18n';
import { SECOND } from '@/src/core/time';
import { clockText, elapsedText } from '@/src/ui/format';

/** The whole routine's progress; the mark shows where the self-massage begins. */
export function ProgressBar({
  elapsedMs,
  totalMs,
  massageStartsAtMs,
}: {
  elapsedMs: number;
  totalMs: number;
  massageStartsAtMs: number | null;
}) {
  const share = totalMs > 0 ? Math.min(1, elapsedMs / totalMs) : 0;
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={i18n.t('player.progress')}
      aria-valuemin={0}
      aria-valuemax={Math.round(totalMs / SECOND)}
      aria-valuenow={Math.floor(elapsedMs / SECOND)}
      aria-valuetext={i18n.t('player.progressText', [elapsedText(elapsedMs), clockText(totalMs)])}
    >
      <div class="progress-fill" style={{ width: `${(share * 100).toFixed(2)}%` }} />
      {massageStartsAtMs !== null && totalMs > 0 && (
        <div class="progress-mark" style={{ left: `${((massageStartsAtMs / totalMs) * 100).toFixed(2)}%` }} />
      )}
    </div>
  );
}
