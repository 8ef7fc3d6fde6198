import type { SettingsIssue } from './issues';
import { type ValidSettings, validateSettings } from './parse';
import type { Settings } from './schema';

// Settings files: what "Export settings" writes and what "Import settings" accepts. Pure: the
// options page reads the picked file and writes storage; this module decides.

/** A settings file larger than this is refused unread (a real one is about 1 KB). */
export const SETTINGS_FILE_MAX_BYTES = 64 * 1024;
export const SETTINGS_FILE_VERSION = 1;

/** Keys that could reach an object's prototype if the tree were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ENVELOPE_KEYS = new Set(['app', 'kind', 'version', 'exportedAt', 'settings']);

export interface SettingsFile {
  app: 'nape';
  kind: 'settings';
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
}

export type ImportProblem =
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'not-json' }
  | { kind: 'forbidden-key'; path: string }
  | { kind: 'not-settings-file' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'no-settings' }
  | { kind: 'invalid'; issue: SettingsIssue };

export type ImportResult =
  | { ok: true; settings: ValidSettings; ignored: string[] }
  | { ok: false; problems: ImportProblem[] };

export function exportSettings(settings: Settings, now: number): string {
  const file: SettingsFile = {
    app: 'nape',
    kind: 'settings',
    version: SETTINGS_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** UTF-8 length: the limit is on the file, and one Cyrillic letter is two bytes of it. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads a settings file. Checks run in this order and the first failing stage refuses the whole
 * file: size, JSON syntax, forbidden keys anywhere in the tree (before any value is looked at),
 * the envelope, then the settings themselves.
 *
 * A partial file is merged onto `current`: settings missing from the file keep their current
 * values (so a hand-written `{"neckBreak":{"intervalMin":45}}` inside the envelope works), and
 * the merged whole must then pass `validateSettings`, cross-field rules included, and its own
 * routine `routineIssues` (myRoutineIssues, which needs the step library). Keys Nape does
 * not know are left out and named in `ignored`; a newer Nape's extra settings are not an error.
 */
export function parseSettingsImport(
  text: string,
  current: Settings,
  routineIssues: (settings: Settings) => SettingsIssue[],
): ImportResult {
  if (byteLength(text) > SETTINGS_FILE_MAX_BYTES)
    return refuse({ kind: 'too-large', limitBytes: SETTINGS_FILE_MAX_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  const forbidden = forbiddenKeyPaths(data);
  if (forbidden.length)
    return { ok: false, problems: forbidden.map((path) => ({ kind: 'forbidden-key', path })) };

  if (!isPlainObject(data) || data.app !== 'nape' || data.kind !== 'settings') {
    return refuse({ kind: 'not-settings-file' });
  }
  if (typeof data.version === 'number' && data.version > SETTINGS_FILE_VERSION) {
    return refuse({ kind: 'newer-version', version: data.version });
  }
  if (data.version !== SETTINGS_FILE_VERSION) return refuse({ kind: 'not-settings-file' });
  if (!isPlainObject(data.settings)) return refuse({ kind: 'no-settings' });

  const ignored = Object.keys(data).filter((k) => !ENVELOPE_KEYS.has(k));
  const merged = mergeKnown(current, data.settings, ['settings'], ignored);
  const validation = validateSettings(merged);
  // A routine of the user's own is held to its rules too (my-routine-rules.ts's myRoutineIssues,
  // passed in: the caller loads it, with the step library, when it reads a file).
  const issues = validation.ok ? routineIssues(validation.settings) : validation.issues;
  if (!validation.ok || issues.length) {
    return { ok: false, problems: issues.map((issue) => ({ kind: 'invalid', issue })) };
  }
  return { ok: true, settings: validation.settings, ignored };
}

const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problems: [problem] });

type Obj = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Dotted paths of every forbidden key in a parsed JSON tree. JSON.parse makes `"__proto__"` an
 * own property (it does not set the prototype), so Object.keys sees it. Iterative: 64 KB of
 * `[[[[…` nests deeper than the call stack allows.
 */
export function forbiddenKeyPaths(root: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const child = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) found.push(child);
      stack.push({ value: (value as Obj)[key], path: child });
    }
  }
  return found.sort();
}

/**
 * `current` with the file's values laid over it, key by key where both sides are objects. Only
 * keys that exist in the settings' shape are copied (recorded in `ignored` otherwise); a value of
 * the wrong kind is copied as is, so the validation afterwards names it.
 */
function mergeKnown(base: unknown, patch: Obj, path: string[], ignored: string[]): unknown {
  const out: Obj = { ...(base as Obj) };
  for (const [key, value] of Object.entries(patch)) {
    const here = [...path, key];
    if (!Object.hasOwn(out, key)) {
      ignored.push(here.join('.'));
      continue;
    }
    out[key] =
      isPlainObject(out[key]) && isPlainObject(value) ? mergeKnown(out[key], value, here, ignored) : value;
  }
  return out;
}
