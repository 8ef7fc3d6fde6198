import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { command } from '@/src/ui/actions';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** An optional 1–5 "how does your neck feel" after a routine; kept in the day's stats. */
export function ComfortRating() {
  const [chosen, setChosen] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const rate = async (rating: number) => {
    setChosen(rating);
    const result = await command({ type: 'rateComfort', rating });
    setSaved(result.ok);
  };
  return (
    <fieldset class="rating" aria-describedby="rating-scale">
      <legend>{i18n.t('done.rateLegend')}</legend>
      <p id="rating-scale" class="muted rating-scale">
        <span>{i18n.t('done.rateLow')}</span>
        <span>{i18n.t('done.rateHigh')}</span>
      </p>
      <div class="rating-buttons">
        {RATINGS.map((n) => (
          <button
            key={n}
            type="button"
            class="rating-button"
            aria-pressed={chosen === n}
            aria-label={i18n.t('done.rateValue', [String(n)])}
            disabled={saved && chosen !== n}
            onClick={() => void rate(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <p class="rating-thanks" aria-live="polite">
        {saved ? i18n.t('done.rateThanks') : ''}
      </p>
    </fieldset>
  );
}
