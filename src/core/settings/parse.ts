import type { z } from 'zod/mini';
import { fromZodIssues, type SettingsIssue } from './issues';
import { defaultSettings, minutesOfDay, type Settings, SettingsSchema, WEEKDAY_KEYS } from './schema';

type AnySchema = z.core.$ZodType;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectShape = (s: AnySchema) => {
  const def = s._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' ? def.shape : undefined;
};

/**
 * Reads stored settings leniently: every field that is valid is kept, every field that is not
 * falls back to its default on its own, and `dropped` names what was replaced, so one bad value
 * (a sync conflict, an old build, a hand edit) never costs the user the rest of their settings.
 */
export function readSettings(raw: unknown): { settings: Settings; dropped: string[] } {
  const dropped: string[] = [];
  const settings = mergeValid(SettingsSchema, raw, defaultSettings(), [], dropped) as Settings;
  repairCrossFieldRules(settings, dropped);
  return { settings, dropped };
}

function mergeValid(
  schema: AnySchema,
  raw: unknown,
  fallback: unknown,
  path: string[],
  dropped: string[],
): unknown {
  const shape = objectShape(schema);
  if (shape) {
    if (!isObject(raw)) {
      if (raw !== undefined) dropped.push(path.join('.') || '(all)');
      return fallback;
    }
    const out: Obj = {};
    for (const [key, child] of Object.entries(shape)) {
      out[key] = mergeValid(child, raw[key], (fallback as Obj)[key], [...path, key], dropped);
    }
    return out;
  }
  const parsed = (schema as z.ZodMiniType).safeParse(raw);
  if (parsed.success) return parsed.data;
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
}

/** Rules between fields, which a per-field schema cannot see. */
export function crossFieldIssues(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (new Set(s.snooze.choicesMin).size !== s.snooze.choicesMin.length) {
    issues.push({ path: ['snooze', 'choicesMin'], code: 'duplicate' });
  }
  if (!s.snooze.choicesMin.includes(s.snooze.defaultMin)) {
    issues.push({ path: ['snooze', 'defaultMin'], code: 'snooze-default-not-offered' });
  }
  if (s.workingHours.enabled && !WEEKDAY_KEYS.some((d) => s.workingHours.days[d].on)) {
    issues.push({ path: ['workingHours', 'days'], code: 'no-working-day' });
  }
  for (const d of WEEKDAY_KEYS) {
    const day = s.workingHours.days[d];
    if (day.on && minutesOfDay(day.start) >= minutesOfDay(day.end)) {
      issues.push({ path: ['workingHours', 'days', d, 'end'], code: 'end-before-start' });
    }
  }
  return issues;
}

export type Validation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/**
 * Strict check for anything about to be written (the options form, an import): the whole
 * candidate must pass the schema and the cross-field rules, or nothing is written.
 */
export function validateSettings(candidate: unknown): Validation {
  const parsed = SettingsSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = crossFieldIssues(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, settings: parsed.data };
}
