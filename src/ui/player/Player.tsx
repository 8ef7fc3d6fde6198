import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { buildCueTimeline } from '@/src/content/cue-timeline';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS, progress, type RoutineSession, reopen, tick } from '@/src/core/routine';
import type { Settings } from '@/src/core/settings/schema';
import { speechAvailable } from '@/src/platform/speech';
import { openRoutineWindow } from '@/src/platform/windows';
import { useStores } from '../hooks/use-data';
import { PLAYER_TICK_MS, useTicker } from '../hooks/use-now';
import { useRoutineText } from '../hooks/use-routine-text';
import { useVoiceStatus } from '../hooks/use-voice-status';
import { Loading } from '../Loading';
import { contentLocale } from '../locale';
import { measureTickRender } from '../perf';
import { markReady } from '../ready';
import type { EndedRoutine } from '../routine-actions';
import type { Layout } from '../Shell';
import { Controls } from './Controls';
import { PlayerToolbar } from './PlayerToolbar';
import { ProgressBar } from './ProgressBar';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { usePlayerKeys } from './use-keyboard';
import { usePlayerControls } from './use-player-controls';
import { usePlayerMute } from './use-player-mute';
import { useStepChime } from './use-step-cues';
import { useRoutineScript, useVoiceAsked } from './use-voice';
import { useVoiceGuide } from './use-voice-guide';
import { VoiceQuestion } from './VoiceQuestion';
import './player.css';

/**
 * The guided routine. Everything on screen is derived from the stored session and the clock; the
 * player only ever writes the session back (a tick each second, or a button).
 */
export function Player({
  session,
  settings,
  layout,
  onEnded,
}: {
  session: RoutineSession;
  settings: Settings;
  layout: Layout;
  onEnded: (ended: EndedRoutine) => void;
}) {
  const stores = useStores();
  const text = useRoutineText();
  const heartbeat = useTicker(PLAYER_TICK_MS);
  const now = Date.now();
  const plan = getVariant(session.variant);
  const controls = usePlayerControls(stores, plan, heartbeat, now, onEnded);
  const [mute, setMute] = usePlayerMute();
  const pauseRef = useRef<HTMLButtonElement>(null);
  const lang = contentLocale();

  // The screen shows the session as of its last tick (the heartbeat records one every frame it
  // draws, a frame later), so what was on screen when the popup closed is exactly where reopening
  // pauses. And a session whose popup was closed shows the step it was closed on, paused, from
  // the very first frame (reopen).
  const shown = reopen(session, now);
  const p = progress(shown, plan, shown.lastTickAt);
  const steps = plan.steps;
  const step = steps[p.stepIndex] ?? steps[0];
  const stepText = text && step ? text.steps[step.id] : undefined;
  const chimeOn = settings.routine.chime && !mute.chime;

  // Voice: asked about once, at the first routine; the routine waits, paused, for the answer.
  const canSpeak = speechAvailable();
  const asked = useVoiceAsked();
  const [answered, setAnswered] = useState(false);
  const mayAsk = canSpeak && !settings.routine.voice && !answered;
  const asking = mayAsk && asked === false;
  const voiceOn = canSpeak && settings.routine.voice && !asking;
  const voiceStatus = useVoiceStatus(lang, voiceOn);
  const script = useRoutineScript(lang, voiceOn);
  const rate = settings.routine.voiceRate;
  const timeline = useMemo(
    () => (script ? buildCueTimeline(plan, script, { leadInMs: GET_READY_MS, rate }) : null),
    [plan, script, rate],
  );
  const posMs =
    p.stage === 'get-ready'
      ? GET_READY_MS - p.getReadyRemainingMs
      : GET_READY_MS + (p.stage === 'step' ? (step?.startMs ?? 0) + p.stepElapsedMs : p.totalMs);
  const guide = useVoiceGuide(
    timeline,
    { posMs, paused: p.paused, jumpMs: shown.jumpMs },
    voiceOn && voiceStatus !== 'missing' && p.stage !== 'done',
    { lang, rate },
  );
  const chooseVoice = (on: boolean) => {
    setAnswered(true);
    // Shown at once; storage confirms it a moment later (the store watches it).
    stores.settings.set({ ...settings, routine: { ...settings.routine, voice: on } });
    const at = Date.now();
    void import('@/src/platform/voice-choice').then((m) => m.saveVoiceChoice(on, at));
  };

  useEffect(() => {
    if (asking && !p.paused) controls.pause();
  }, [asking, p.paused]);

  useStepChime(`${p.stage}:${p.stepIndex}`, p.stage === 'done', chimeOn);
  usePlayerKeys(controls, !asking);
  // After every commit: how long the last tick took to render (npm run bench reads it).
  useLayoutEffect(measureTickRender);

  useEffect(() => {
    if (p.stage === 'done') controls.finish('completed');
  });

  // Until the question's state is read, it is not known whether to ask.
  const loading = !text || !step || !stepText || (mayAsk && asked === undefined);
  const screen = loading ? 'loading' : asking ? 'question' : 'player';
  useEffect(() => {
    if (screen === 'loading') return;
    markReady();
    // The question focuses its own first answer.
    if (screen === 'player') pauseRef.current?.focus();
  }, [screen]);

  if (!text || !step || !stepText || screen === 'loading') return <Loading />;

  if (screen === 'question')
    return (
      <section class={`player player--${layout}`} aria-labelledby="voice-question-title">
        <VoiceQuestion
          onAnswer={(on) => {
            chooseVoice(on);
            controls.resume();
          }}
        />
      </section>
    );

  const current = p.stage === 'get-ready' ? -1 : p.stepIndex;
  const massageAt = steps.find((s) => s.phase === 'massage')?.startMs ?? null;
  const announcement = p.paused
    ? i18n.t('player.announcePaused')
    : p.stage === 'get-ready'
      ? i18n.t('player.announceGetReady')
      : i18n.t('player.announceStep', [
          String(p.stepIndex + 1),
          String(steps.length),
          stepText.sideLabel ? `${stepText.name}, ${stepText.sideLabel}` : stepText.name,
        ]);

  const popOut = async () => {
    // A fresh tick first, so the window does not take the popup's closing for a stale one.
    stores.session.update((s) => (s ? tick(s, Date.now()) : s));
    await openRoutineWindow();
    window.close();
  };

  return (
    <section class={`player player--${layout}`} aria-labelledby="step-name">
      <PlayerToolbar
        title={text.phases[step.phase]}
        position={i18n.t('player.stepOf', [String(p.stepIndex + 1), String(steps.length)])}
        sound={settings.routine.chime ? { on: chimeOn, toggle: () => setMute({ chime: chimeOn }) } : null}
        voice={canSpeak ? { on: voiceOn, toggle: () => chooseVoice(!voiceOn) } : null}
        onPopOut={layout === 'popup' ? () => void popOut() : null}
      />
      {voiceOn && voiceStatus === 'missing' && (
        <p class="voice-missing" role="status">
          {i18n.t('voice.missing')}
        </p>
      )}
      {guide.blocked && (
        <div class="voice-missing" role="status">
          <p>{i18n.t('voice.blocked')}</p>
          <button type="button" onClick={guide.unblock}>
            {i18n.t('voice.blockedStart')}
          </button>
        </div>
      )}
      <StepCard step={step} p={p} text={text} />
      {/* Docked at the bottom of the popup, so Stop — pain or dizziness is on screen whatever the
          length of the step's text. */}
      <div class="player-dock">
        <ProgressBar elapsedMs={p.totalElapsedMs} totalMs={p.totalMs} massageStartsAtMs={massageAt} />
        <Controls paused={p.paused} controls={controls} pauseRef={pauseRef} />
      </div>
      <StepList steps={steps} current={current} text={text} open={layout === 'window'} />
      {layout === 'window' && <p class="muted keys">{i18n.t('player.keys')}</p>}
      <div class="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}
