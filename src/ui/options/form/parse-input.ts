import type { FieldProblem } from './settings-form';

// The text of an input, read by us: the browser's own checks (min, max, step, type=number) only
// colour the box. Anything can arrive here: an empty box, letters, "1,5", "-3", "1e99".

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number typed into a box. `badInput` is the browser's flag for text it could not read as a
 * number (an `<input type="number">` then reports an empty value). A decimal comma is accepted
 * (Russian writes 1,5).
 */
export function parseNumberText(text: string, badInput: boolean, whole: boolean): Parsed<number> {
  const t = text.trim().replace(',', '.');
  if (badInput) return { ok: false, problem: { code: 'not-number' } };
  if (t === '') return { ok: false, problem: { code: 'empty-number' } };
  if (!NUMBER.test(t)) return { ok: false, problem: { code: 'not-number' } };
  const value = Number(t);
  if (whole && !Number.isInteger(value)) return { ok: false, problem: { code: 'integer' } };
  return { ok: true, value };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `HH:MM` from an `<input type="time">` (which may add seconds when a step asks for them). */
export function parseTimeText(text: string): Parsed<string> {
  const t = text.trim().slice(0, 5);
  if (t === '') return { ok: false, problem: { code: 'empty-time' } };
  if (!TIME.test(t)) return { ok: false, problem: { code: 'format' } };
  return { ok: true, value: t };
}
