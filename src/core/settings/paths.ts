import type { Settings } from './schema';

/**
 * Every path into `T`, from a top-level key down to a leaf, as a tuple: `['neckBreak']`,
 * `['neckBreak', 'intervalMin']`. A list is a leaf: it is one setting, changed whole.
 */
export type Path<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]: readonly [K] | readonly [K, ...Path<T[K]>] }[keyof T & string]
    : never;

/** The type of the value at path `P` in `T`. */
export type At<T, P extends readonly unknown[]> = P extends readonly [infer K extends keyof T, ...infer Rest]
  ? At<T[K], Rest>
  : T;

/** Where a setting, or a part of one, lives: `['workingHours', 'days', 'mon', 'start']`. */
export type SettingPath = Path<Settings>;

/** The paths to values of type `V`, e.g. `PathTo<string>` for the times of day. */
export type PathTo<V, P = SettingPath> = P extends SettingPath
  ? At<Settings, P> extends V
    ? P
    : never
  : never;

type Node = Record<string, unknown>;

export function getAt<P extends SettingPath>(settings: Settings, path: P): At<Settings, P> {
  let node: unknown = settings;
  for (const key of path) node = (node as Node)[key];
  return node as At<Settings, P>;
}

/** Sets a value inside a draft (a copy being changed; never settings someone else holds). */
export function setAt<P extends SettingPath>(draft: Settings, path: P, value: At<Settings, P>): void {
  let node: Node = draft;
  for (const key of path.slice(0, -1)) node = node[key] as Node;
  node[path[path.length - 1] as string] = value;
}
