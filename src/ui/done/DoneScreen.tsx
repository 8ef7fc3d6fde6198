import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { ROUTINE_TAKEN_FRACTION } from '@/src/core/schedule/rules';
import type { TodaySummary } from '@/src/core/stats/summary';
import { pageLanguage } from '@/src/platform/locale';
import { pageSpeechQueue } from '@/src/platform/speech';
import { useSettings } from '@/src/ui/hooks/use-data';
import { useRoutineText } from '@/src/ui/hooks/use-routine-text';
import { LoadFailed, Loading } from '@/src/ui/Loading';
import type { EndedRoutine } from '@/src/ui/routine-actions';
import type { Layout } from '@/src/ui/Shell';
import { ComfortRating } from './ComfortRating';
import './done.css';

/** A routine that practised this much counts as finished in what we tell the user (rounding). */
const FINISHED = 0.995;

/**
 * After a routine: what was done, the day's count and streak, an optional comfort rating and the
 * after-routine note. After "Stop — pain or dizziness" it leads with what to do instead. Either
 * way it asks for a rest before getting up slowly (the source: rest a few minutes after the
 * massage, never stand up sharply), and a routine played to its end with the voice on says so
 * aloud, once.
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
  const { text, retry } = useRoutineText();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = text !== undefined;
  useEffect(() => {
    // Moving focus to the heading makes a screen reader say what happened.
    if (loaded) heading.current?.focus();
  }, [loaded]);
  useRestSpoken(loaded && ended.reason === 'completed');
  if (!text) return retry ? <LoadFailed retry={retry} /> : <Loading />;

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
      <p class="done-rest">{i18n.t('done.rest')}</p>
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

/**
 * Says the rest note once, through the page's speech queue (the player's voice has finished: it
 * stops when the player closes), when `when` first holds and the voice is on. Leaving the screen
 * or the page cuts it off.
 */
function useRestSpoken(when: boolean): void {
  const settings = useSettings();
  const voiceOn = settings?.routine.voice === true;
  const rate = settings?.routine.voiceRate ?? 1;
  const said = useRef(false);
  useEffect(() => {
    if (!when || !voiceOn || said.current) return;
    said.current = true;
    pageSpeechQueue().say([{ text: i18n.t('done.rest') }], { lang: pageLanguage(), rate });
  }, [when, voiceOn]);
  useEffect(() => {
    const stop = () => {
      if (said.current) pageSpeechQueue().cancel();
    };
    addEventListener('pagehide', stop);
    return () => {
      removeEventListener('pagehide', stop);
      stop();
    };
  }, []);
}
