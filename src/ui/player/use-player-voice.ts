import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildCueTimeline, type CueTimeline } from '@/src/content/cue-timeline';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutinePlan } from '@/src/content/variants';
import { GET_READY_MS, type RoutineProgress } from '@/src/core/routine';
import type { Settings } from '@/src/core/settings/schema';
import { speechAvailable, type VoiceStatus } from '@/src/platform/speech';
import { useVoiceAsked } from '@/src/ui/hooks/use-data';
import { useVoiceStatus } from '@/src/ui/hooks/use-voice-status';
import type { Stores } from '@/src/ui/stores/stores';
import type { PlayerControls } from './use-player-controls';
import { useRoutineScript } from './use-voice';
import { useVoiceGuide, type VoiceGuide } from './use-voice-guide';
import { routinePosMs } from './voice-plan';

export interface PlayerVoice {
  /** The browser has speech at all: the question and the Voice switch are offered. */
  canSpeak: boolean;
  /** Not yet known whether to ask the voice question (its stored state is being read). */
  deciding: boolean;
  /** The first routine's voice question is on screen; the routine waits, paused. */
  asking: boolean;
  on: boolean;
  /** What is said when, once the script has loaded (null while it loads). */
  timeline: CueTimeline | null;
  /** Set when the spoken script could not be loaded: the player says so and offers this. */
  retryScript: (() => void) | undefined;
  status: VoiceStatus;
  guide: VoiceGuide;
  /** The user's answer to the question, or the Voice switch: remembered for good. */
  choose(on: boolean): void;
}

/**
 * The player's voice: whether to ask about it (once, at the first routine: the routine waits,
 * paused, for the answer), the remembered choice, and the guide that speaks the script's cues.
 */
export function usePlayerVoice({
  settings,
  stores,
  plan,
  p,
  jumpMs,
  controls,
  lang,
}: {
  settings: Settings;
  stores: Stores;
  plan: RoutinePlan;
  p: RoutineProgress;
  jumpMs: number;
  controls: PlayerControls;
  lang: ContentLocale;
}): PlayerVoice {
  const canSpeak = speechAvailable();
  const asked = useVoiceAsked();
  const [answered, setAnswered] = useState(false);
  // The user's latest choice, shown at once while the settings writer (loaded on demand) changes
  // the settings; once it is done, the settings say again.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const choices = useRef(0);
  const mayAsk = canSpeak && !settings.routine.voice && !answered;
  const asking = mayAsk && asked === false;
  const on = canSpeak && (chosen ?? settings.routine.voice) && !asking;
  const status = useVoiceStatus(lang, on);
  const { script, retry: retryScript } = useRoutineScript(lang, on);
  const rate = settings.routine.voiceRate;
  const timeline = useMemo(
    () => (script ? buildCueTimeline(plan, script, { leadInMs: GET_READY_MS, rate }) : null),
    [plan, script, rate],
  );
  const guide = useVoiceGuide(
    timeline,
    { posMs: routinePosMs(plan, p), paused: p.paused, jumpMs },
    on && status !== 'missing' && p.stage !== 'done',
    { lang, rate },
  );

  // Paused before the question is painted (a layout effect, not one after paint): an answer given
  // at once must find the routine paused, or its resume would come before the pause.
  useLayoutEffect(() => {
    if (asking && !p.paused) controls.pause();
  }, [asking, p.paused]);

  return {
    canSpeak,
    deciding: mayAsk && asked === undefined,
    asking,
    on,
    timeline,
    retryScript,
    status,
    guide,
    choose(choice) {
      setAnswered(true);
      setChosen(choice);
      const n = ++choices.current;
      const at = Date.now();
      void import('@/src/platform/voice-choice')
        .then((m) => m.saveVoiceChoice(stores.settings, choice, at))
        .finally(() => {
          if (choices.current === n) setChosen(null);
        });
    },
  };
}
