import type { ContentLocale } from '@/src/content/locale';
import type { StepId } from '@/src/content/steps';

// Walks the content's text objects so a test can check every string a user may read.

/**
 * What a check looks for, in each language of the list: typed by it, so a new language fails to
 * compile at every check until its words are given.
 */
export const perLanguage = <T>(values: Record<ContentLocale, T>): Record<ContentLocale, T> => values;

/**
 * The steps that glide the head forward (Spring's chin-up, Goose in both forms): their text, shown
 * and spoken, must end with the head drawn back over the shoulders (movements and script tests).
 */
export const FORWARD_GLIDES = [
  'ex-spring-up',
  'ex-goose-r',
  'ex-goose-l',
  'ex-goose-long-r',
  'ex-goose-long-l',
] as const satisfies readonly StepId[];

/** Look at the sky in both forms: a three-quarter turn, never to the end of the range. */
export const SKY_TURNS = [
  'ex-sky-r',
  'ex-sky-l',
  'ex-sky-long-r',
  'ex-sky-long-l',
] as const satisfies readonly StepId[];

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
