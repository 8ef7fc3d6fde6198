import {
  type Registry,
  SETTINGS,
  type SettingGroup,
  type SettingKey,
  type SettingKind,
  type SettingSpec,
  type SettingsTab,
  TABS,
} from './registry';

// The settings' table (registry.ts) as a list, for the options page: which settings a tab shows,
// each with its declaration. A module of its own so the popup and the worker, which share code
// with the options page, do not carry it.

/** A setting's key with its declaration: `entry.kind` narrows `entry.key` to the settings of that kind. */
export type SettingEntry = {
  [G in SettingGroup]: {
    [K in keyof Registry[G] & string]: Registry[G][K] & { readonly key: readonly [G, K] };
  }[keyof Registry[G] & string];
}[SettingGroup];

/** The settings of one kind, e.g. `KeyOf<'toggle'>`. */
export type KeyOf<Kind extends SettingKind> = Extract<SettingEntry, { kind: Kind }>['key'];

/** Every setting with its declaration, in the table's order (the order the options page shows them in). */
export const SETTING_ENTRIES: readonly SettingEntry[] = /* @__PURE__ */ Object.entries(SETTINGS).flatMap(
  ([group, specs]) =>
    Object.entries<SettingSpec>(specs).map(
      ([key, spec]) => ({ ...spec, key: [group, key] as const }) as SettingEntry,
    ),
);

/** The declaration of a setting, typed as the setting's own. */
export function entryOf<const K extends SettingKey>(key: K): Extract<SettingEntry, { key: K }> {
  const [group, name] = key;
  return SETTING_ENTRIES.find((e) => e.key[0] === group && e.key[1] === name) as Extract<
    SettingEntry,
    { key: K }
  >;
}

/** The setting `[group, key]` names, if it is one (a path from a stored file or an issue may name anything). */
export const settingAt = (group: unknown, key: unknown): SettingKey | undefined =>
  SETTING_ENTRIES.find((e) => e.key[0] === group && e.key[1] === key)?.key;

/** The settings on tab `T`. */
export type EntryOn<T extends SettingsTab> = Extract<
  SettingEntry,
  { key: readonly [{ [G in SettingGroup]: (typeof TABS)[G] extends T ? G : never }[SettingGroup], string] }
>;

/** The settings on a tab, in order. */
export const settingsOn = <T extends SettingsTab>(tab: T) =>
  SETTING_ENTRIES.filter((e): e is EntryOn<T> => TABS[e.key[0]] === tab);

/** Whether `name` is a group of settings. */
export const isGroup = (name: unknown): name is SettingGroup =>
  typeof name === 'string' && Object.hasOwn(TABS, name);
