import type { z } from 'zod/mini';

// Checks stored data against the JSON Schema that zod generates from our schemas
// (src/core/validate/generated/, kept in step by tests/unit/core/validate/generated.test.ts).
//
// Why not zod itself: zod/mini's runtime is ~8 KB gzip, more than a third of the popup's 22 KB
// startup budget and enough to push the worker past its 18 KB. zod stays the one place schemas are
// written (and validates everything the options page writes); the worker and the popup check what
// they read with this ~1 KB subset, which a property test holds to zod's verdicts.
//
// Supported: type (object, array, string, number, integer, boolean, null, or a list of them), properties, required,
// additionalProperties (a schema: record values), propertyNames, items, enum, const, minimum,
// maximum, exclusiveMinimum, exclusiveMaximum, minItems, maxItems, minLength, maxLength,
// pattern, anyOf, oneOf, default. Like zod's z.object, unknown keys are dropped, not refused.

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  type?: JsonType | readonly JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  default?: unknown;
}

const FAIL = Symbol('invalid');
type Out = unknown | typeof FAIL;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const patterns = new Map<string, RegExp>();
const regexOf = (p: string) => {
  let r = patterns.get(p);
  if (!r) {
    r = new RegExp(p);
    patterns.set(p, r);
  }
  return r;
};

function typeMatches(type: JsonSchema['type'], v: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => typeMatches(t, v));
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return isPlainObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    // zod refuses NaN and ±Infinity, and its int() is a safe integer.
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isSafeInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    default:
      return false;
  }
}

function run(s: JsonSchema, v: unknown): Out {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    for (const alt of alternatives) {
      const out = run(alt, v);
      if (out !== FAIL) return out;
    }
    return FAIL;
  }
  if (!typeMatches(s.type, v)) return FAIL;
  if (s.enum && !s.enum.includes(v)) return FAIL;
  if ('const' in s && s.const !== v) return FAIL;
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) return FAIL;
    if (s.maximum !== undefined && v > s.maximum) return FAIL;
    if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) return FAIL;
    if (s.exclusiveMaximum !== undefined && v >= s.exclusiveMaximum) return FAIL;
  }
  if (typeof v === 'string') {
    if (s.minLength !== undefined && v.length < s.minLength) return FAIL;
    if (s.maxLength !== undefined && v.length > s.maxLength) return FAIL;
    if (s.pattern !== undefined && !regexOf(s.pattern).test(v)) return FAIL;
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) return FAIL;
    if (s.maxItems !== undefined && v.length > s.maxItems) return FAIL;
    if (!s.items) return [...v];
    const out: unknown[] = [];
    for (const item of v) {
      const o = run(s.items, item);
      if (o === FAIL) return FAIL;
      out.push(o);
    }
    return out;
  }
  if (isPlainObject(v) && (s.properties || typeof s.additionalProperties === 'object'))
    return runObject(s, v);
  return v;
}

// Every wake checks what it read, so the walk allocates nothing but its output: no key lists, no
// sets of required keys (looked up only for a missing key, which is rare).
function runObject(s: JsonSchema, v: Record<string, unknown>): Out {
  const out: Record<string, unknown> = {};
  const properties = s.properties;
  for (const key in properties) {
    const prop = properties[key] as JsonSchema;
    const value = Object.hasOwn(v, key) ? v[key] : undefined;
    if (value === undefined) {
      if ('default' in prop) out[key] = structuredClone(prop.default);
      else if (s.required?.includes(key)) return FAIL;
      continue;
    }
    const o = run(prop, value);
    if (o === FAIL) return FAIL;
    out[key] = o;
  }
  if (typeof s.additionalProperties === 'object') {
    for (const key in v) {
      if (!Object.hasOwn(v, key) || (properties && Object.hasOwn(properties, key))) continue;
      const value = v[key];
      if (s.propertyNames && run(s.propertyNames, key) === FAIL) return FAIL;
      const o = run(s.additionalProperties, value);
      if (o === FAIL) return FAIL;
      // defineProperty: a "__proto__" key in stored JSON must stay a plain key, never a prototype.
      Object.defineProperty(out, key, { value: o, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * `{ ok: true, value }` with the value as the schema reads it (defaults filled in, unknown keys
 * dropped), or `{ ok: false }` if it is invalid. `checked` below is the same as the value or null.
 */
export function check<T>(schema: JsonSchema, value: unknown): { ok: true; value: T } | { ok: false } {
  const out = run(schema, value);
  return out === FAIL ? { ok: false } : { ok: true, value: out as T };
}

/** Shorthand: the checked value, or null. */
export function checked<T>(schema: JsonSchema, value: unknown): T | null {
  const out = run(schema, value);
  return out === FAIL ? null : (out as T);
}

/**
 * The checker of a generated JSON Schema, typed by the zod schema `S` it was generated from (a
 * type-only import: no zod at run time). Pairing the two is the caller's word, as for any import
 * of generated data; the generated files are held to their zod schemas by generated.test.ts.
 */
export function checker<S extends z.ZodMiniType>(json: unknown): (value: unknown) => z.infer<S> | null {
  const schema = json as JsonSchema;
  return (value) => checked<z.infer<S>>(schema, value);
}
