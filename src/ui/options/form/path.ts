import type { SettingPath } from '@/src/core/settings/paths';

/** An element id for a setting: stable, so labels, hints and messages can point at it. */
export const fieldId = (path: SettingPath) => `set-${path.join('-')}`;
