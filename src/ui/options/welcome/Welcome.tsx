import { i18n } from '#i18n';
import { useRoutineText } from '@/src/ui/hooks/use-routine-text';
import { LoadFailed } from '@/src/ui/Loading';
import { CheckboxField } from '@/src/ui/options/form/CheckboxField';
import { NeckInterval, PostureInterval } from '@/src/ui/options/sections/Breaks';
import { EveningTime } from '@/src/ui/options/sections/Schedule';

/**
 * The first-install page (the background opens options.html#welcome): what Nape does, how to pin
 * its icon, the short safety note, the two intervals people change most, and the evening reminder
 * (off until the user ticks it here or on the Schedule tab). Tracking already
 * runs; nothing here is a step the user must take.
 */
export function Welcome() {
  const firefox = import.meta.env.BROWSER === 'firefox';
  return (
    <>
      <p class="lead">{i18n.t('options.welcome.what')}</p>
      <p>{i18n.t('options.welcome.running')}</p>

      <h3>{i18n.t('options.welcome.pinTitle')}</h3>
      <p>{firefox ? i18n.t('options.welcome.pinFirefox') : i18n.t('options.welcome.pinChrome')}</p>
      <p>{i18n.t('options.welcome.pinWhy')}</p>

      <h3>{i18n.t('options.welcome.safetyTitle')}</h3>
      <p class="safety">{i18n.t('options.welcome.safety')}</p>
      <WhenNotToDoIt />

      <h3>{i18n.t('options.welcome.intervalsTitle')}</h3>
      <NeckInterval />
      <PostureInterval />

      <h3>{i18n.t('options.welcome.eveningTitle')}</h3>
      <p>{i18n.t('options.welcome.evening')}</p>
      <CheckboxField path={['eveningReminder', 'enabled']} />
      <EveningTime />
      <p>
        <a href="#breaks">{i18n.t('options.welcome.allSettings')}</a>
      </p>
    </>
  );
}

/**
 * The contraindications exactly as the safety screen shows them before the first routine: the
 * same content, not a summary of it, so the two pages can never disagree.
 */
function WhenNotToDoIt() {
  const { text, retry } = useRoutineText();
  if (!text) return retry ? <LoadFailed retry={retry} /> : null;
  const s = text.safety;
  return (
    <div class="safety-lists">
      <h4>{s.doNotTitle}</h4>
      <ul>
        {s.doNot.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h4>{s.askDoctorTitle}</h4>
      <ul>
        {s.askDoctor.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
