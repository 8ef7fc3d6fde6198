import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  id: string;
  title: string;
  /** The button that asks first, e.g. "Erase history…". */
  trigger: string;
  question: string;
  /** The button that does it, e.g. "Yes, erase history". */
  confirm: string;
  /** Does it; resolves to the message to show afterwards. */
  run(): Promise<string>;
  children?: ComponentChildren;
}

/**
 * A destructive action behind a confirm step in the page (not window.confirm, which blocks the
 * page and cannot be styled or translated with ours): the question and its two buttons replace
 * the trigger, focus moves to Cancel, Escape cancels, and focus returns to the trigger after.
 */
export function ConfirmAction({ id, title, trigger, question, confirm, run, children }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  const doIt = async () => {
    setBusy(true);
    try {
      setResult(await run());
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <section class="data-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      {asking ? (
        <fieldset class="confirm" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <legend>{question}</legend>
          <button type="button" class="danger" disabled={busy} onClick={() => void doIt()}>
            {confirm}
          </button>
          <button type="button" ref={cancelRef} onClick={close}>
            {i18n.t('options.data.cancel')}
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          ref={triggerRef}
          onClick={() => {
            setResult('');
            setAsking(true);
          }}
        >
          {trigger}
        </button>
      )}
      <p class="data-result" role="status">
        {result}
      </p>
    </section>
  );
}
