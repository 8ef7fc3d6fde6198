import { buildCueTimeline } from '@/src/content/cue-timeline';
import { loadLanguage } from '@/src/content/load-language';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import type { RoutineScript } from '@/src/content/script-schema';
import { SPEECH_MODEL, type SpeechCoefficients, speechFeatures } from '@/src/content/speech-model';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';

// Shared by the calibration (calibrate-speech.ts, `npm run calibrate:speech`) and its unit test
// (tests/unit/content/speech-calibration.test.ts): which texts the voice can say, how they were
// synthesised, and how the speech model is fitted to their measured lengths. One copy of each, so
// the test checks exactly what the script measured.

/** The table the script writes and the test reads; checked in, never bundled. */
export const TABLE_PATH = 'tests/tools/speech-durations.json';

const LANGUAGES = Object.fromEntries(
  await Promise.all(CONTENT_LOCALES.map(async (locale) => [locale, await loadLanguage(locale)] as const)),
) as Record<ContentLocale, Awaited<ReturnType<typeof loadLanguage>>>;

/** espeak-ng voices and speeds (words a minute), each language's `calibrationVoice`. */
export const VOICES: Readonly<Record<ContentLocale, { voice: string; wpm: number }>> = Object.fromEntries(
  CONTENT_LOCALES.map((locale) => [locale, LANGUAGES[locale].calibrationVoice]),
) as Record<ContentLocale, { voice: string; wpm: number }>;

export const voiceLabel = (locale: ContentLocale) => `${VOICES[locale].voice}@${VOICES[locale].wpm}wpm`;

export interface SpeechFit extends SpeechCoefficients {
  /** Distinct texts measured. */
  cues: number;
  /** How much longer than measured the model says the worst-fitted cue is, and on average. */
  maxOverestimateMs: number;
  meanOverestimateMs: number;
}

export interface SpeechTable {
  /** The synthesiser and its version ("espeak-ng 1.51"). */
  synth: string;
  voices: Record<ContentLocale, string>;
  /** Measured length of each text in ms, whole recordings (the closing pause included). */
  durations: Record<ContentLocale, Record<string, number>>;
  model: Record<ContentLocale, SpeechFit>;
}

const SCRIPTS: Readonly<Record<ContentLocale, RoutineScript>> = Object.fromEntries(
  CONTENT_LOCALES.map((locale) => [locale, LANGUAGES[locale].script]),
) as Record<ContentLocale, RoutineScript>;

/** Every text the voice says in any shipped routine, both rules included: distinct, sorted. */
function textsOf(locale: ContentLocale): string[] {
  const script = SCRIPTS[locale];
  const texts = new Set([script.stopRule, script.massageRule]);
  for (const id of SHIPPED_VARIANT_IDS) {
    // A language not calibrated yet has no model to place its cues with: they are placed as if
    // said at once, so every one of them is measured the first time.
    const timeline = buildCueTimeline(getVariant(id), script, {
      leadInMs: GET_READY_MS,
      ...(!Object.hasOwn(SPEECH_MODEL, locale) && { speechLength: () => 0 }),
    });
    // What a timeline leaves out for a slow voice counts too: a faster one says it, and the
    // measured set must not depend on the model it calibrates.
    const dropped = (timeline as { dropped?: readonly { text: string }[] }).dropped ?? [];
    for (const cue of [...timeline.cues, ...dropped]) texts.add(cue.text);
  }
  // Code-unit order: the same on every machine, whatever its locale.
  return [...texts].sort();
}

export function spokenTexts(): Record<ContentLocale, string[]> {
  return Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, textsOf(locale)])) as Record<
    ContentLocale,
    string[]
  >;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Least squares of ms against letters and inner pauses gives the slopes (a slope that comes out
 * negative is dropped); the overhead is then the smallest whole ms that leaves no measured text
 * longer than the model, so the model never underestimates a cue it was fitted to.
 */
export function fitSpeechModel(durations: Readonly<Record<string, number>>): SpeechFit {
  const points = Object.entries(durations).map(([text, ms]) => ({ ...speechFeatures(text), ms }));
  const n = points.length;
  if (n === 0) throw new Error('no measured texts to fit');
  const mean = (f: (p: (typeof points)[number]) => number) => points.reduce((s, p) => s + f(p), 0) / n;
  const [ml, mp, my] = [mean((p) => p.letters), mean((p) => p.pauses), mean((p) => p.ms)];
  const cov = (f: (p: (typeof points)[number]) => number, g: (p: (typeof points)[number]) => number) =>
    points.reduce((s, p) => s + f(p) * g(p), 0);
  const l = (p: (typeof points)[number]) => p.letters - ml;
  const q = (p: (typeof points)[number]) => p.pauses - mp;
  const y = (p: (typeof points)[number]) => p.ms - my;
  const [sll, slq, sqq, sly, sqy] = [cov(l, l), cov(l, q), cov(q, q), cov(l, y), cov(q, y)];
  const det = sll * sqq - slq * slq;

  let perLetter = det > 0 ? (sly * sqq - sqy * slq) / det : -1;
  let perPause = det > 0 ? (sqy * sll - sly * slq) / det : -1;
  if (perLetter < 0 || perPause < 0) {
    // One feature alone: whichever stays positive.
    perLetter = sll > 0 ? Math.max(0, sly / sll) : 0;
    perPause = perLetter > 0 || sqq === 0 ? 0 : Math.max(0, sqy / sqq);
  }
  const perLetterMs = round2(perLetter);
  const perPauseMs = round2(perPause);
  const variable = (p: (typeof points)[number]) => perLetterMs * p.letters + perPauseMs * p.pauses;
  const overheadMs = Math.floor(Math.max(...points.map((p) => p.ms - variable(p)))) + 1;
  const over = points.map((p) => overheadMs + variable(p) - p.ms);
  return {
    overheadMs,
    perLetterMs,
    perPauseMs,
    cues: n,
    maxOverestimateMs: Math.round(Math.max(...over)),
    meanOverestimateMs: Math.round(over.reduce((s, o) => s + o, 0) / n),
  };
}

export const coefficientsOf = ({ overheadMs, perLetterMs, perPauseMs }: SpeechCoefficients) => ({
  overheadMs,
  perLetterMs,
  perPauseMs,
});
