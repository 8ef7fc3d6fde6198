import type { ContentLocale } from './locale';

// How long a synthesiser takes to say a cue, from its letters and the pauses inside it. Calibrated
// against a real synthesiser: `npm run calibrate:speech` (tests/tools/calibrate-speech.ts) says
// every cue of every routine with espeak-ng (English at 160 words a minute, Russian at 150),
// measures each recording and fits the coefficients below, raised until no measured cue is longer
// than the model says. A formula rather than the measured table, because a routine a user builds
// says texts the table has never heard; the table stays in tests/tools/ and out of the bundle.

export interface SpeechCoefficients {
  /** Said once per utterance: the synthesiser's start and its pause after the final stop. */
  overheadMs: number;
  perLetterMs: number;
  /** A pause mark inside the text (, ; : . ! ? — – …), where the voice stops for breath. */
  perPauseMs: number;
}

// <calibration> Written by `npm run calibrate:speech` from tests/tools/speech-durations.json.
export const SPEECH_MODEL: Readonly<Record<ContentLocale, SpeechCoefficients>> = {
  en: { overheadMs: 1090, perLetterMs: 59.88, perPauseMs: 366.58 },
  ru: { overheadMs: 706, perLetterMs: 68.72, perPauseMs: 342.59 },
};
// </calibration>

/** What the model counts: letters and digits, and pause marks with more words after them. */
export function speechFeatures(text: string): { letters: number; pauses: number } {
  return {
    letters: text.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    pauses: text.match(/[,;:.!?—–…]+(?=.*[\p{L}\p{N}])/gu)?.length ?? 0,
  };
}

/**
 * How long `text` takes to say at `rate` (1 = normal), from start to the synthesiser's being free
 * again. Never less than the calibration measured; a faster or slower rate scales all of it.
 */
export function spokenMs(text: string, locale: ContentLocale, rate = 1): number {
  const { overheadMs, perLetterMs, perPauseMs } = SPEECH_MODEL[locale];
  const { letters, pauses } = speechFeatures(text);
  return (overheadMs + perLetterMs * letters + perPauseMs * pauses) / rate;
}
