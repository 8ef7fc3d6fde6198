import { type Validation, validateSettings } from '../core/settings/parse';
import { settingsItem } from './storage-items';

/**
 * Writes settings only when the whole candidate is valid; otherwise nothing is written and the
 * issues say why, so the last valid settings always stay in storage.
 */
export async function saveSettings(candidate: unknown): Promise<Validation> {
  const result = validateSettings(candidate);
  if (result.ok) await settingsItem.setValue(result.settings);
  return result;
}
