import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CONTENT_VERSION } from '@/src/content/version';
import { saveSafetyAck } from '@/src/platform/safety-ack-writer';
import { AboutScreen } from '@/src/ui/about/LazyAbout';
import { useStores } from '@/src/ui/hooks/use-data';
import { useRoutineText } from '@/src/ui/hooks/use-routine-text';
import { LoadFailed, Loading } from '@/src/ui/Loading';
import { markReady } from '@/src/ui/ready';
import './gate.css';

/**
 * Before the first routine, and again whenever the contraindications change (CONTENT_VERSION):
 * who should not do this routine, who should ask a doctor first, and how to do it safely. The
 * user confirms with a checkbox; the confirmation is stored with the content version. "About this
 * routine" (where each step comes from, and where Nape reads its source more gently) opens in its
 * place and comes back to it, the box as it was.
 */
export function SafetyGate() {
  const stores = useStores();
  const { text, retry } = useRoutineText();
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);
  const [about, setAbout] = useState(false);
  const aboutButton = useRef<HTMLButtonElement>(null);
  const loaded = text !== undefined;
  useEffect(() => {
    if (loaded) markReady();
  }, [loaded]);
  // Back from About: focus returns to the button that opened it.
  const cameBack = useRef(false);
  useEffect(() => {
    if (about || !cameBack.current) return;
    cameBack.current = false;
    aboutButton.current?.focus();
  }, [about]);
  if (!text) return retry ? <LoadFailed retry={retry} /> : <Loading />;
  if (about)
    return (
      <AboutScreen
        onBack={() => {
          cameBack.current = true;
          setAbout(false);
        }}
      />
    );
  const s = text.safety;

  const confirm = (e: Event) => {
    e.preventDefault();
    if (!checked) {
      setMissing(true);
      return;
    }
    const ack = { version: CONTENT_VERSION, at: Date.now() };
    stores.safetyAck.set(ack);
    void saveSafetyAck(ack.version, ack.at);
  };

  return (
    <section class="screen gate" aria-labelledby="gate-heading">
      <h2 id="gate-heading" class="screen-title">
        {s.title}
      </h2>
      <p class="lead">{s.intro}</p>
      <h3 class="gate-list-title gate-list-title--stop">{s.doNotTitle}</h3>
      <ul class="gate-list">
        {s.doNot.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3 class="gate-list-title">{s.askDoctorTitle}</h3>
      <ul class="gate-list">
        {s.askDoctor.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3 class="gate-list-title">{s.rulesTitle}</h3>
      <ul class="gate-list">
        {s.rules.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {/* What to keep in mind while moving: the player shows the same list behind its Safety button. */}
      <h3 class="gate-list-title">{i18n.t('player.remember')}</h3>
      <ul class="gate-list">
        {text.player.cues.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <button type="button" class="link" ref={aboutButton} onClick={() => setAbout(true)}>
          {i18n.t('about.title')}
        </button>
      </p>
      <form class="gate-confirm" onSubmit={confirm} noValidate>
        <label class="check">
          <input
            type="checkbox"
            checked={checked}
            aria-invalid={missing && !checked ? 'true' : undefined}
            aria-describedby={missing && !checked ? 'gate-missing' : undefined}
            onChange={(e) => {
              setChecked(e.currentTarget.checked);
              setMissing(false);
            }}
          />
          <span>{s.confirm}</span>
        </label>
        {missing && !checked && (
          <p id="gate-missing" class="alert" role="alert">
            {i18n.t('safety.mustConfirm')}
          </p>
        )}
        <button type="submit" class="primary">
          {i18n.t('safety.continue')}
        </button>
      </form>
    </section>
  );
}
