import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { moveWindows } from '@/src/content/choreography';
import type { CueTimeline } from '@/src/content/cue-timeline';
import { CHOREOGRAPHY } from '@/src/content/steps';
import { getVariant, type RoutinePlan } from '@/src/content/variants';
import { GET_READY_MS, progress, type RoutineSession, reopen, tick } from '@/src/core/routine';
import type { Settings } from '@/src/core/settings/schema';
import { pageLanguage } from '@/src/platform/locale';
import { openRoutineWindow } from '@/src/platform/windows';
import { useStores } from '@/src/ui/hooks/use-data';
import { usePlayerHeartbeat } from '@/src/ui/hooks/use-now';
import { useRoutineText } from '@/src/ui/hooks/use-routine-text';
import { LoadFailed, Loading } from '@/src/ui/Loading';
import { measureTickRender } from '@/src/ui/perf';
import { markReady } from '@/src/ui/ready';
import type { EndedRoutine } from '@/src/ui/routine-actions';
import type { Layout } from '@/src/ui/Shell';
import { Controls } from './Controls';
import { PlayerToolbar } from './PlayerToolbar';
import { ProgressBar } from './ProgressBar';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { usePlayerKeys } from './use-keyboard';
import { usePlayerControls } from './use-player-controls';
import { usePlayerMute } from './use-player-mute';
import { usePlayerVoice } from './use-player-voice';
import { useStepChime } from './use-step-chime';
import { VoiceNotes } from './VoiceNotes';
import { VoiceQuestion } from './VoiceQuestion';
import { routinePosMs } from './voice-plan';
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
  const { text, retry: retryText } = useRoutineText();
  const now = Date.now();
  const plan = getVariant(session.variant, settings.routine.mine);

  const [mute, setMute] = usePlayerMute();
  const pauseRef = useRef<HTMLButtonElement>(null);
  const lang = pageLanguage();

  // The screen shows the session as of its last tick (the heartbeat records one every frame it
  // draws, a frame later), so what was on screen when the popup closed is exactly where reopening
  // pauses. And a session whose popup was closed shows the step it was closed on, paused, from
  // the very first frame (reopen).
  const shown = reopen(session, now);
  const p = progress(shown, plan, shown.lastTickAt);
  const live = progress(shown, plan, now);
  // The next beat comes when the next cue or move is due, if that is sooner than a second. The
  // voice's timeline is the one the last render built (the voice hook needs the controls first).
  const spoken = useRef<CueTimeline | null>(null);
  const moveStarts = useMemo(() => moveStartsOf(plan), [plan]);
  const heartbeat = usePlayerHeartbeat(
    live.paused ? null : dueInMs(moveStarts, spoken.current, routinePosMs(plan, live)),
  );
  const controls = usePlayerControls(stores, plan, heartbeat, now, p.paused, onEnded);
  const steps = plan.steps;
  const step = steps[p.stepIndex] ?? steps[0];
  const stepText = text && step ? text.steps[step.id] : undefined;
  const chimeOn = settings.routine.chime && !mute.chime;

  const voice = usePlayerVoice({
    settings,
    stores,
    plan,
    p,
    jumpMs: shown.jumpMs,
    controls,
    lang,
  });
  spoken.current = voice.timeline;

  useStepChime(`${p.stage}:${p.stepIndex}`, p.stage === 'done', chimeOn);
  usePlayerKeys(controls, !voice.asking);
  // After every commit: how long the last tick took to render (npm run bench reads it).
  useLayoutEffect(measureTickRender);

  useEffect(() => {
    if (p.stage === 'done') controls.finish('completed');
  });

  // Until the question's state is read, it is not known whether to ask.
  const loading = !text || !step || !stepText || voice.deciding;
  const screen = loading ? 'loading' : voice.asking ? 'question' : 'player';
  useEffect(() => {
    if (screen === 'loading') return;
    markReady();
    // The question focuses its own first answer.
    if (screen === 'player') pauseRef.current?.focus();
  }, [screen]);

  if (!text && retryText) return <LoadFailed retry={retryText} />;
  if (!text || !step || !stepText || screen === 'loading') return <Loading />;

  if (screen === 'question')
    return (
      <section class={`player player--${layout}`} aria-labelledby="voice-question-title">
        <VoiceQuestion
          onAnswer={(on) => {
            voice.choose(on);
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
        routine={text.variants[session.variant].name}
        title={text.phases[step.phase]}
        position={i18n.t('player.stepOf', [String(p.stepIndex + 1), String(steps.length)])}
        sound={settings.routine.chime ? { on: chimeOn, toggle: () => setMute({ chime: chimeOn }) } : null}
        voice={voice.canSpeak ? { on: voice.on, toggle: () => voice.choose(!voice.on) } : null}
        onPopOut={layout === 'popup' ? () => void popOut() : null}
        safety={{ cues: text.player.cues, paused: p.paused, controls }}
        compact={layout === 'popup'}
      />
      <VoiceNotes voice={voice} />
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

/** Where every move of the routine begins on the routine-time line: worked out once per plan. */
function moveStartsOf(plan: RoutinePlan): number[] {
  return plan.steps.flatMap((s) =>
    moveWindows(CHOREOGRAPHY[s.id], s.durationMs).map((w) => GET_READY_MS + s.startMs + w.startMs),
  );
}

/** How long until the next cue is said or the next move begins, after `posMs`; null if nothing is. */
function dueInMs(moveStarts: readonly number[], timeline: CueTimeline | null, posMs: number): number | null {
  let next = Number.POSITIVE_INFINITY;
  for (const at of moveStarts) if (at > posMs && at < next) next = at;
  for (const cue of timeline?.cues ?? []) if (cue.atMs > posMs && cue.atMs < next) next = cue.atMs;
  return Number.isFinite(next) ? next - posMs : null;
}
