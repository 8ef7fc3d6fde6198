import { check, type JsonSchema } from '@/src/core/validate/check';
import { SETTINGS_JSON_SCHEMA } from '@/src/core/validate/stored';
import { defaultSettings, type WEEKDAY_KEYS } from './limits';
import { crossFieldIssues } from './rules';
import type { Settings } from './schema';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads stored settings leniently: every field that is valid is kept, every field that is not
 * falls back to its default on its own, and `dropped` names what was replaced, so one bad value
 * (a sync conflict, an old or newer build, a hand edit) never costs the user the rest of their
 * settings. Checks against the JSON Schema generated from SettingsSchema (no zod at runtime).
 */
export function readSettings(raw: unknown): { settings: Settings; dropped: string[] } {
  const dropped: string[] = [];
  // Nothing stored (storage answers null) is the normal first-run case, not a dropped value.
  if (raw === null || raw === undefined) return { settings: defaultSettings(), dropped };
  const settings = mergeValid(SETTINGS_JSON_SCHEMA, raw, defaultSettings(), [], dropped) as Settings;
  repairCrossFieldRules(settings, dropped);
  return { settings, dropped };
}

function mergeValid(
  schema: JsonSchema,
  raw: unknown,
  fallback: unknown,
  path: string[],
  dropped: string[],
): unknown {
  if (schema.type === 'object' && schema.properties) {
    if (!isObject(raw)) {
      if (raw !== undefined) dropped.push(path.join('.') || '(all)');
      return fallback;
    }
    const out: Obj = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      out[key] = mergeValid(child, raw[key], (fallback as Obj)[key], [...path, key], dropped);
    }
    return out;
  }
  const checked = check(schema, raw);
  if (checked.ok) return checked.value;
  if (raw !== undefined) dropped.push(path.join('.'));
  return fallback;
}

/** Fixes values that are valid alone but not together, naming what changed. */
function repairCrossFieldRules(s: Settings, dropped: string[]): void {
  const defaults = defaultSettings();
  for (const issue of crossFieldIssues(s)) {
    const [group, key, day] = issue.path;
    if (group === 'snooze') {
      const choices = [...new Set(s.snooze.choicesMin)].sort((a, b) => a - b);
      s.snooze.choicesMin = choices;
      if (!choices.includes(s.snooze.defaultMin)) {
        // Keep the user's choices and pick the one nearest to what they had as default.
        const target = s.snooze.defaultMin;
        s.snooze.defaultMin = choices.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
      }
      dropped.push(`snooze.${String(key)}`);
    } else if (group === 'workingHours' && key === 'days' && typeof day === 'string') {
      const k = day as (typeof WEEKDAY_KEYS)[number];
      s.workingHours.days[k] = { ...defaults.workingHours.days[k], on: s.workingHours.days[k].on };
      dropped.push(`workingHours.days.${k}`);
    } else if (group === 'workingHours') {
      s.workingHours = defaults.workingHours;
      dropped.push('workingHours');
    }
  }
  // "My routine" as the default with none saved: the default routine instead. (A saved routine is
  // read as it is, unchecked: its rules need the step library, which this reader's users, the
  // worker and the popup, do not load. Only a validated one is ever written; one from a newer
  // Nape plays the steps this one knows, and the builder names what it breaks.)
  if (s.routine.defaultVariant === 'mine' && s.routine.mine.length === 0) {
    s.routine.defaultVariant = defaults.routine.defaultVariant;
    dropped.push('routine.defaultVariant');
  }
}
