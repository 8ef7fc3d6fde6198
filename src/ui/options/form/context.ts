import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/src/core/settings/schema';
import type { SettingsForm } from './settings-form';

export const FormContext = createContext<SettingsForm | null>(null);

export function useForm(): SettingsForm {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm() needs a <FormContext.Provider> (see OptionsApp.tsx)');
  return form;
}

/** Re-renders on every change of the form (settings or status). */
function useFormVersion(form: SettingsForm): void {
  const [, rerender] = useState(0);
  const seen = [form.get(), form.status()];
  useEffect(() => {
    const unsubscribe = form.subscribe(() => rerender((n) => n + 1));
    // Storage may have answered between this render and the subscription.
    if (form.get() !== seen[0] || form.status() !== seen[1]) rerender((n) => n + 1);
    return unsubscribe;
    // Keyed on the form only: `seen` is what this render showed, on purpose.
  }, [form]);
}

/** The last valid settings; undefined until storage has answered. */
export function useSettings(): Settings | undefined {
  const form = useForm();
  useFormVersion(form);
  return form.get();
}

export function useSaveStatus() {
  const form = useForm();
  useFormVersion(form);
  return form.status();
}
