import type { ValidSettings } from '../core/settings/parse';
import { settingsItem } from './storage-items';

/**
 * Writes settings the options page has validated, whole (core/settings/parse.ts): the type says
 * they were, so nothing is checked twice and nothing unchecked is ever stored.
 */
export const saveSettings = (settings: ValidSettings): Promise<void> => settingsItem.set(settings);
