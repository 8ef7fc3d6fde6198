import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AboutText } from '@/src/content/about-schema';
import { loadAboutText } from '@/src/content/load-about';
import type { RoutineText } from '@/src/content/schema';
import { loadOnce } from '@/src/core/load-once';
import { pageLanguage } from '@/src/platform/locale';
import { preloadRoutineText } from '@/src/ui/hooks/use-routine-text';
import { Loading } from '@/src/ui/Loading';

// "About this routine" loads on demand, from the safety screen (popup) and from its tab in the
// settings: its view and its text (a chunk per language) come only when it is opened. A chunk that
// fails to load (an extension updated under an open page, a full disk) says so, with a retry,
// instead of "Loading…" for ever.

interface Loaded {
  view: typeof import('./AboutRoutine');
  text: AboutText;
  /** The routine's own text: the page names each step as the player does. */
  routine: RoutineText;
}

const about = loadOnce(
  (): Promise<Loaded> =>
    Promise.all([import('./AboutRoutine'), loadAboutText(pageLanguage()), preloadRoutineText()]).then(
      ([view, text, routine]) => ({ view, text, routine }),
    ),
);

function AboutContent() {
  const [shown, setShown] = useState(about.get);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (shown) return;
    let live = true;
    about.load().then(
      (a) => live && setShown(a),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (shown) return <shown.view.AboutRoutine text={shown.text} steps={shown.routine.steps} />;
  if (!failed) return <Loading />;
  return (
    <div>
      <p role="alert" class="alert error">
        {i18n.t('about.loadFailed')}
      </p>
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          setAttempt((n) => n + 1);
        }}
      >
        {i18n.t('about.retry')}
      </button>
    </div>
  );
}

/** The settings page's tab: the tab's own heading names it. */
export const AboutPanel = () => <AboutContent />;

/**
 * The popup's screen, opened from the safety screen: its heading takes the focus, so a screen
 * reader starts reading there, and Back (always there, even if the text failed to load) returns.
 */
export function AboutScreen({ onBack }: { onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="screen about-screen" aria-labelledby="about-heading">
      <h2 id="about-heading" class="screen-title" tabIndex={-1} ref={heading}>
        {i18n.t('about.title')}
      </h2>
      <AboutContent />
      <div class="gate-confirm">
        <button type="button" class="primary" onClick={onBack}>
          {i18n.t('about.back')}
        </button>
      </div>
    </section>
  );
}
