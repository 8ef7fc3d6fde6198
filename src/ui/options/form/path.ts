import type { Settings } from '@/src/core/settings/schema';

/** Where a setting lives, e.g. ['neckBreak', 'intervalMin']. */
export type SettingPath = readonly string[];

type Obj = Record<string, unknown>;

export function getAt(settings: Settings, path: SettingPath): unknown {
  let node: unknown = settings;
  for (const key of path) node = (node as Obj)[key];
  return node;
}

/** Sets a value inside a draft (a copy the form made; never the stored settings themselves). */
export function setAt(draft: Settings, path: SettingPath, value: unknown): void {
  let node = draft as unknown as Obj;
  for (const key of path.slice(0, -1)) node = node[key] as Obj;
  node[path[path.length - 1] as string] = value;
}

/** An element id for a setting: stable, so labels, hints and messages can point at it. */
export const fieldId = (path: SettingPath) => `set-${path.join('-')}`;
