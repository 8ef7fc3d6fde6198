import { i18n } from '#i18n';
import { instructionLines, lineAt, moveIndexAt } from '@/src/content/choreography';
import type { RoutineText } from '@/src/content/schema';
import { CHOREOGRAPHY } from '@/src/content/steps';
import type { PlanStep } from '@/src/content/variants';
import type { RoutineProgress } from '@/src/core/routine';
import { StepFigure } from '@/src/ui/figure/StepFigure';
import { Countdown } from './Countdown';

/**
 * The step on screen: its picture, name and side, the countdown, what to do and how to stay safe.
 * During the get-ready seconds it shows the first step's picture and the routine's reminders.
 */
export function StepCard({ step, p, text }: { step: PlanStep; p: RoutineProgress; text: RoutineText }) {
  const t = text.steps[step.id];
  const ready = p.stage === 'get-ready';
  const title = t.sideLabel ? `${t.name}, ${t.sideLabel}` : t.name;
  const subtitle = step.subtitle ? text.subtitles[step.subtitle] : null;
  // The move under way and the line that describes it, from the step's choreography: the same
  // table the figure's keyframes and the voice's cue times come from.
  const choreography = CHOREOGRAPHY[step.id];
  const elapsedMs = step.durationMs - p.stepRemainingMs;
  const moveIndex = moveIndexAt(choreography, step.durationMs, elapsedMs);
  const move = ready ? undefined : choreography.moves[moveIndex]?.move;
  const currentLine = lineAt(choreography, moveIndex);
  return (
    <div class="step-card">
      <div class="step-stage">
        <div class="step-figure">
          <StepFigure
            picture={step.picture}
            title={title}
            still={ready}
            pace={{
              durationMs: step.durationMs,
              elapsedMs,
              paused: p.paused,
              move,
            }}
            mirrorNote={i18n.t('figure.mirror')}
          />
        </div>
        <div class="step-head">
          <h2 class="step-name" id="step-name" tabIndex={-1}>
            {ready ? i18n.t('player.getReady') : t.name}
          </h2>
          {ready ? (
            <p class="step-side">{i18n.t('player.firstStep', [title])}</p>
          ) : (
            t.sideLabel && <p class="step-side">{t.sideLabel}</p>
          )}
          <Countdown
            label={ready ? i18n.t('player.getReadyLeft') : i18n.t('player.timeLeft')}
            ms={ready ? p.getReadyRemainingMs : p.stepRemainingMs}
            paused={p.paused}
          />
          {p.paused && <p class="paused-badge">{i18n.t('player.paused')}</p>}
        </div>
      </div>
      {ready ? (
        <div class="step-text">
          <h3 class="section-title">{i18n.t('player.remember')}</h3>
          <ul class="cues">
            {text.player.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div class="step-text">
          {subtitle && <p class="step-subtitle">{subtitle}</p>}
          <p class="instruction">
            {instructionLines(t.instruction).map((line, i) => (
              <span
                key={line}
                class={i === currentLine ? 'line now' : 'line'}
                aria-current={i === currentLine}
              >
                {line}{' '}
              </span>
            ))}
          </p>
          <p class="safety-cue">{t.safety}</p>
          {/* The move under way, for assistive tech: read out as each move begins, like the voice. */}
          <p class="visually-hidden" aria-live="polite" data-move={move}>
            {instructionLines(t.instruction)[currentLine]}
          </p>
        </div>
      )}
    </div>
  );
}
