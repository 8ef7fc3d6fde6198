import { i18n } from '#i18n';
import type { RoutineText } from '@/src/content/schema';
import type { PlanStep } from '@/src/content/variants';
import { clockText } from '@/src/ui/format';

/**
 * Every step of the routine, the current one marked (aria-current="step"), the ones behind it
 * ticked. Folded in the popup, where space is short; open in the routine window.
 */
export function StepList({
  steps,
  current,
  text,
  open,
}: {
  steps: readonly PlanStep[];
  /** Index of the current step; -1 before the first one starts. */
  current: number;
  text: RoutineText;
  open: boolean;
}) {
  return (
    <details class="step-list" open={open}>
      <summary>
        {i18n.t('player.steps')}
        <span class="muted">
          {' '}
          · {i18n.t('player.stepOf', [String(Math.max(0, current) + 1), String(steps.length)])}
        </span>
      </summary>
      <ol>
        {steps.map((step, i) => {
          const t = text.steps[step.id];
          const state = i === current ? 'current' : i < current ? 'past' : 'ahead';
          return (
            <li
              key={step.id}
              class={`step-item step-item--${state}`}
              aria-current={i === current ? 'step' : undefined}
            >
              <span class="step-item-name">
                {t.name}
                {t.sideLabel && <span class="step-item-side"> · {t.sideLabel}</span>}
              </span>
              <span class="step-item-time">{clockText(step.durationMs)}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
