import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { ROUTINE_TAKEN_FRACTION } from '@/src/core/schedule/rules';
import type { TodaySummary } from '@/src/core/stats/summary';
import { useRoutineText } from '../hooks/use-routine-text';
import { Loading } from '../Loading';
import type { EndedRoutine } from '../routine-actions';
import type { Layout } from '../Shell';
import { ComfortRating } from './ComfortRating';
import './done.css';

/** A routine that practised this much counts as finished in what we tell the user (rounding). */
const FINISHED = 0.995;

/**
 * After a routine: what was done, the day's count and streak, an optional comfort rating and the
 * after-routine note. After "Stop — pain or dizziness" it leads with what to do instead.
 */
export function DoneScreen({
  ended,
  today,
  layout,
  onClose,
}: {
  ended: EndedRoutine;
  today: TodaySummary;
  layout: Layout;
  onClose: () => void;
}) {
  const text = useRoutineText();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = text !== undefined;
  useEffect(() => {
    // Moving focus to the heading makes a screen reader say what happened.
    if (loaded) heading.current?.focus();
  }, [loaded]);
  if (!text) return <Loading />;

  const pain = ended.reason === 'pain';
  const note = pain ? text.player.stop : text.player.after;
  const percent = Math.round(ended.fraction * 100);
  return (
    <section class={pain ? 'screen done done--stop' : 'screen done'} aria-labelledby="done-heading">
      <h2 id="done-heading" class="screen-title" tabIndex={-1} ref={heading}>
        {note.title}
      </h2>
      {pain && (
        <ul class="done-advice">
          {note.body.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p class="lead">
        <span class="done-variant">{text.variants[ended.variant].name}</span>
        {ended.fraction >= FINISHED ? i18n.t('done.finished') : i18n.t('done.partial', [String(percent)])}
      </p>
      {/* After pain or dizziness, goals and ratings are beside the point: just the advice. */}
      {!pain && (
        <>
          <p>
            {ended.fraction >= ROUTINE_TAKEN_FRACTION ? i18n.t('done.counted') : i18n.t('done.notCounted')}
          </p>
          <dl class="tiles">
            <div class="tile">
              <dt>{i18n.t('done.today')}</dt>
              <dd>{i18n.t('status.routinesValue', [String(today.routines), String(today.goal)])}</dd>
            </div>
            <div class="tile">
              <dt>{i18n.t('done.streak')}</dt>
              <dd>{today.streak}</dd>
            </div>
          </dl>
          <ComfortRating />
          <ul class="done-notes">
            {note.body.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="primary" onClick={onClose}>
        {layout === 'window' ? i18n.t('done.close') : i18n.t('done.back')}
      </button>
    </section>
  );
}
