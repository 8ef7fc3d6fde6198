import type { ContentLocale } from '@/src/content/locale';

// Walks the content's text objects so a test can check every string a user may read.

/**
 * What a check looks for, in each language of the list: typed by it, so a new language fails to
 * compile at every check until its words are given.
 */
export const perLanguage = <T>(values: Record<ContentLocale, T>): Record<ContentLocale, T> => values;

/** Every string inside `value`, with a readable path ("steps.ms-rub.instruction"). */
export function stringsOf(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The structure without the words: keys, and the length of every list. */
export function shapeOf(value: unknown): unknown {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  }
  return value;
}

/**
 * Sentences of a short text, split after . ! ? …: the same split the step card uses for the lines
 * of an instruction, so the tests count sentences exactly as the screen shows them.
 */
export { instructionLines as sentencesOf } from '@/src/content/choreography';
