import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from '@/src/ui/hooks/use-data';
import type { SettingsForm } from './settings-form';

export const FormContext = createContext<SettingsForm | null>(null);

/** The options page's actions on the settings (the values themselves: useSettings in hooks/use-data). */
export function useForm(): SettingsForm {
  const form = useContext(FormContext);
  if (!form) throw new Error('useForm() needs a <FormContext.Provider> (see OptionsApp.tsx)');
  return form;
}

/** The latest "Saved" / "Not saved" message. */
export const useSaveStatus = () => useStore(useForm().status);
