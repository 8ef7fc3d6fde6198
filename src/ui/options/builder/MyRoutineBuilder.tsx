import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RoutineText } from '@/src/content/schema';
import { LIBRARY, type LibraryEntry } from '@/src/core/routine/library';
import {
  checkMyRoutine,
  type MyRoutineViolation,
  type RoutineStep,
  routineSeconds,
} from '@/src/core/routine/my-routine';
import { SECOND } from '@/src/core/time';
import { openRoutineWindow } from '@/src/platform/windows';
import { command } from '@/src/ui/actions';
import { StepFigure } from '@/src/ui/figure/StepFigure';
import { elapsedText } from '@/src/ui/format';
import { useSettings } from '@/src/ui/hooks/use-data';
import { useRoutineText } from '@/src/ui/hooks/use-routine-text';
import { LoadFailed, Loading } from '@/src/ui/Loading';
import { useForm } from '@/src/ui/options/form/context';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { problemText } from '@/src/ui/options/form/messages';
import { addStep, fromFullRoutine, moveStep, removeStep, sameRoutine, setSeconds } from './draft';
import './builder.css';

// "My routine": the user builds a routine from the step library (routine tab). Loaded on demand
// with its pictures and the routine's text (src/ui/options/sections/Routine.tsx). What it edits is
// a draft on this page; the settings hold a routine only once it keeps every rule (the core's
// check, the same one that refuses an imported file), and Save is refused until then.

const EMPTY: readonly RoutineStep[] = [];
const byId = new Map<string, LibraryEntry>(LIBRARY.map((s) => [s.id, s]));

/** A step's name as the player shows it: "Metronome · To the right". */
function stepName(text: RoutineText, id: string): string {
  const words = (text.steps as Record<string, { name: string; sideLabel?: string | undefined } | undefined>)[
    id
  ];
  if (!words) return id;
  return words.sideLabel ? `${words.name} · ${words.sideLabel}` : words.name;
}

/** The message for a broken rule, naming the step it is about. */
function violationText(v: MyRoutineViolation, steps: readonly RoutineStep[], text: RoutineText): string {
  const message = problemText({
    code: v.code,
    limit: v.limit,
    step: v.index === undefined ? undefined : v.index + 1,
  });
  const step = v.index === undefined ? undefined : steps[v.index];
  return step ? `${message} (${stepName(text, step.step)})` : message;
}

type Focus = { id: string; control: 'up' | 'down' | 'remove' | 'add' } | null;

export function MyRoutineBuilder() {
  const settings = useSettings();
  const saved = settings?.routine.mine ?? EMPTY;
  const form = useForm();
  const { text, retry } = useRoutineText();
  const [draft, setDraft] = useState<RoutineStep[] | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const root = useRef<HTMLElement>(null);

  const steps = draft ?? saved;
  const changed = draft !== null && !sameRoutine(draft, saved);
  const violations = checkMyRoutine(steps);
  const valid = violations.length === 0;
  const label = fieldLabel(['routine', 'mine']);

  // A moved step's button keeps the keyboard focus (or its neighbour, when it reached an end).
  useEffect(() => {
    if (!focus || !root.current) return;
    const want = root.current.querySelector<HTMLButtonElement>(
      `[data-step="${focus.id}"][data-control="${focus.control}"]`,
    );
    const target =
      want && !want.disabled
        ? want
        : root.current.querySelector<HTMLElement>(`[data-step="${focus.id}"] input, #my-routine-title`);
    target?.focus();
    setFocus(null);
  }, [focus]);

  if (!text) return retry ? <LoadFailed retry={retry} /> : <Loading />;

  const edit = (next: RoutineStep[]) => {
    setDraft(next);
    setNotice('');
  };

  const save = async (): Promise<boolean> => {
    if (!valid) return false;
    if (!changed) return true;
    const result = await form.commit(label, (settings) => {
      settings.routine.mine = steps.map(({ step, seconds }) => ({ step, seconds }));
    });
    if (result.ok) setDraft(null);
    return result.ok;
  };

  // Deleting is saving none (an empty list is "none saved"). Not while it is the routine Start
  // opens: the settings would refuse it with a reason about choosing it, so say the real one here.
  const remove = async () => {
    if (settings?.routine.defaultVariant === 'mine') {
      setNotice(i18n.t('options.builder.deleteDefault'));
      return;
    }
    setBusy(true);
    try {
      const result = await form.commit(label, (next) => {
        next.routine.mine = [];
      });
      // The page's status line says it was saved, as for any change.
      if (result.ok) setDraft(null);
    } finally {
      setBusy(false);
    }
  };

  // The preview is the real thing: the routine saved, then started like any other ('mine', through
  // the engine's start command) in the routine window, so it plays, times and counts the same.
  const preview = async () => {
    setBusy(true);
    try {
      if (!(await save())) return;
      const started = await command({ type: 'startRoutine', variant: 'mine', source: 'popup' });
      if (started.ok) await openRoutineWindow();
      else
        setNotice(
          started.error === 'routine-running'
            ? i18n.t('options.builder.running')
            : i18n.t('options.builder.notStarted'),
        );
    } finally {
      setBusy(false);
    }
  };

  const inRoutine = new Set(steps.map((s) => s.step));
  // Nothing saved and nothing drafted yet: the empty list's own line says what to do; a "Not
  // saved: this routine breaks these rules" there would scold someone who has not begun.
  const blank = steps.length === 0 && !changed;
  const totalText = elapsedText(routineSeconds(steps.filter((s) => Number.isFinite(s.seconds))) * SECOND);

  return (
    <section class="builder" ref={root} aria-labelledby="my-routine-title">
      <h3 id="my-routine-title" tabIndex={-1}>
        {label}
      </h3>
      <p class="intro">{i18n.t('options.builder.intro')}</p>
      <p class="hint">{i18n.t('options.builder.rules')}</p>

      <h4 id="my-routine-steps">{i18n.t('options.builder.yours')}</h4>
      {steps.length === 0 ? (
        <p class="builder-empty">{i18n.t('options.builder.empty')}</p>
      ) : (
        <ol class="builder-steps" aria-labelledby="my-routine-steps">
          {steps.map((s, index) => {
            const name = stepName(text, s.step);
            const range = byId.get(s.step)?.seconds;
            const inputId = `my-routine-seconds-${s.step}`;
            return (
              <li key={s.step} data-step={s.step} class="builder-step">
                <StepFigure picture={s.step} title={name} still class="builder-thumb" />
                <span class="builder-name">
                  {index + 1}. {name}
                </span>
                <span class="builder-length">
                  <label for={inputId} class="sr-only">
                    {i18n.t('options.builder.secondsLabel', [name])}
                  </label>
                  <input
                    id={inputId}
                    type="number"
                    inputMode="numeric"
                    min={range?.min}
                    max={range?.max}
                    step={1}
                    value={Number.isNaN(s.seconds) ? '' : s.seconds}
                    aria-describedby={`${inputId}-range`}
                    onInput={(e) =>
                      edit(setSeconds(steps, index, Number.parseInt(e.currentTarget.value, 10)))
                    }
                  />
                  <span id={`${inputId}-range`} class="hint">
                    {range ? i18n.t('options.builder.range', [String(range.min), String(range.max)]) : ''}
                  </span>
                </span>
                <span class="builder-controls">
                  <button
                    type="button"
                    data-step={s.step}
                    data-control="up"
                    disabled={index === 0}
                    aria-label={i18n.t('options.builder.upLabel', [name])}
                    onClick={() => {
                      edit(moveStep(steps, index, -1));
                      setFocus({ id: s.step, control: index - 1 === 0 ? 'down' : 'up' });
                    }}
                  >
                    {i18n.t('options.builder.up')}
                  </button>
                  <button
                    type="button"
                    data-step={s.step}
                    data-control="down"
                    disabled={index === steps.length - 1}
                    aria-label={i18n.t('options.builder.downLabel', [name])}
                    onClick={() => {
                      edit(moveStep(steps, index, 1));
                      setFocus({ id: s.step, control: index + 1 === steps.length - 1 ? 'up' : 'down' });
                    }}
                  >
                    {i18n.t('options.builder.down')}
                  </button>
                  <button
                    type="button"
                    data-step={s.step}
                    data-control="remove"
                    aria-label={i18n.t('options.builder.removeLabel', [name])}
                    onClick={() => {
                      edit(removeStep(steps, index));
                      const neighbour = steps[index + 1] ?? steps[index - 1];
                      setFocus(neighbour ? { id: neighbour.step, control: 'remove' } : null);
                    }}
                  >
                    {i18n.t('options.builder.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}

      <p class="builder-total">{i18n.t('options.builder.total', [totalText])}</p>
      <div class="builder-check" role="status">
        {blank ? null : valid ? (
          <p class="builder-valid">{i18n.t('options.builder.valid')}</p>
        ) : (
          <p class="error">{i18n.t('options.builder.problems')}</p>
        )}
        {changed && <p class="hint">{i18n.t('options.builder.unsaved')}</p>}
      </div>
      {!valid && !blank && (
        <ul id="my-routine-problems" class="builder-problems">
          {violations.map((v) => (
            <li key={`${v.code}:${v.index ?? ''}`}>{violationText(v, steps, text)}</li>
          ))}
        </ul>
      )}

      <div class="builder-actions">
        <button
          type="button"
          class="primary"
          disabled={!valid || !changed || busy}
          aria-describedby={valid || blank ? undefined : 'my-routine-problems'}
          onClick={() => void save()}
        >
          {i18n.t('options.builder.save')}
        </button>
        <button
          type="button"
          disabled={!valid || busy}
          aria-describedby="my-routine-preview-hint"
          onClick={() => void preview()}
        >
          {i18n.t('options.builder.preview')}
        </button>
        {changed && (
          <button type="button" onClick={() => edit(saved.map((s) => ({ ...s })))}>
            {i18n.t('options.builder.undo')}
          </button>
        )}
        <button type="button" onClick={() => edit(fromFullRoutine())}>
          {i18n.t('options.builder.startFromFull')}
        </button>
        {saved.length > 0 && (
          <button type="button" disabled={busy} onClick={() => void remove()}>
            {i18n.t('options.builder.delete')}
          </button>
        )}
      </div>
      <p id="my-routine-preview-hint" class="hint">
        {i18n.t('options.builder.previewHint')}
      </p>
      {notice && (
        <p class="error" role="alert">
          {notice}
        </p>
      )}

      <h4 id="my-routine-library">{i18n.t('options.builder.library')}</h4>
      <ul class="builder-library" aria-labelledby="my-routine-library">
        {LIBRARY.map((entry) => {
          const name = stepName(text, entry.id);
          const added = inRoutine.has(entry.id);
          return (
            <li key={entry.id} class="builder-item">
              <StepFigure picture={entry.id} title={name} still class="builder-thumb" />
              <span class="builder-name">{name}</span>
              <span class="hint">
                {i18n.t('options.builder.range', [String(entry.seconds.min), String(entry.seconds.max)])}
              </span>
              {added ? (
                <span class="hint">{i18n.t('options.builder.inRoutine')}</span>
              ) : (
                <button
                  type="button"
                  data-step={entry.id}
                  data-control="add"
                  aria-label={i18n.t('options.builder.addLabel', [name])}
                  onClick={() => {
                    edit(addStep(steps, entry.id));
                    setFocus({ id: entry.id, control: 'remove' });
                  }}
                >
                  {i18n.t('options.builder.add')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
