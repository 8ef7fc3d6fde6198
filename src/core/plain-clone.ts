/**
 * A deep copy of plain JSON-shaped data (objects, arrays, numbers, strings, booleans, null), which
 * is all the engine's state ever holds. Several times faster than structuredClone for such a small
 * object, and the engine copies its state on every event.
 */
export function plainClone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(plainClone) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = plainClone(v);
  return out as T;
}
