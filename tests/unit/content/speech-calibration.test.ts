// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { SPEECH_MODEL, spokenMs } from '@/src/content/speech-model';
import {
  coefficientsOf,
  fitSpeechModel,
  type SpeechTable,
  spokenTexts,
  TABLE_PATH,
  voiceLabel,
} from '@/tests/tools/speech-calibration';

// The speech-length model against the measured table (tests/tools/speech-durations.json, written
// by `npm run calibrate:speech` from espeak-ng's recordings of every cue): the table must measure
// exactly what the routines say now, and the model must be the table's fit and never say a
// measured cue is shorter than it is. This test reads the table; it never runs espeak-ng.

const RERUN = 'a script changed without `npm run calibrate:speech`: run it and commit the table';
const table = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as SpeechTable;
const said = spokenTexts();

describe.each(CONTENT_LOCALES)('%s speech calibration', (locale) => {
  const durations = table.durations[locale];

  it('was measured with the calibration voice and speed', () => {
    expect(table.voices[locale], RERUN).toBe(voiceLabel(locale));
  });

  it('has a measured length for every text a routine says', () => {
    const missing = said[locale].filter((text) => !(text in durations));
    expect(
      missing.map((text) => `"${text}" has no measured length: ${RERUN}`),
      'texts without a measured length',
    ).toEqual([]);
  });

  it('measures nothing no routine says any more', () => {
    const spoken = new Set(said[locale]);
    const stale = Object.keys(durations).filter((text) => !spoken.has(text));
    expect(
      stale.map((text) => `"${text}" is measured but no routine says it: ${RERUN}`),
      'measured texts no routine says',
    ).toEqual([]);
  });

  it('keeps its texts sorted and its lengths whole, positive ms (as the script writes them)', () => {
    const texts = Object.keys(durations);
    expect(texts).toEqual([...texts].sort());
    for (const [text, ms] of Object.entries(durations)) {
      expect(Number.isInteger(ms) && ms > 0, `${text}: ${ms}`).toBe(true);
    }
  });

  it('the model never says a measured cue is shorter than it is, at any rate', () => {
    for (const rate of [0.5, 1, 1.5, 2]) {
      const under = Object.entries(durations)
        .filter(([text, ms]) => spokenMs(text, locale, rate) < ms / rate)
        .map(
          ([text, ms]) => `"${text}" at rate ${rate}: ${ms / rate} ms, model ${spokenMs(text, locale, rate)}`,
        );
      expect(under).toEqual([]);
    }
  });

  it("the model's coefficients are the table's fit (neither edited without the other)", () => {
    const fit = fitSpeechModel(durations);
    const regenerate = 'never edit one by hand: `npm run calibrate:speech` writes both';
    expect(table.model[locale], `${TABLE_PATH} "model" is not its durations' fit: ${regenerate}`).toEqual(
      fit,
    );
    expect(
      SPEECH_MODEL[locale],
      `SPEECH_MODEL in src/content/speech-model.ts is not the table's fit: ${regenerate}`,
    ).toEqual(coefficientsOf(fit));
  });
});

describe('the speech model', () => {
  it('takes longer for more letters and for a pause inside the text, and scales with the rate', () => {
    expect(spokenMs('Hold still now.', 'en')).toBeGreaterThan(spokenMs('Hold.', 'en'));
    expect(spokenMs('Hold, still.', 'en')).toBeGreaterThan(spokenMs('Hold still.', 'en'));
    expect(spokenMs('Задержитесь.', 'ru', 2)).toBeCloseTo(spokenMs('Задержитесь.', 'ru') / 2);
  });

  it('carries no measured table into the bundle (it imports types only)', () => {
    const source = readFileSync('src/content/speech-model.ts', 'utf8');
    const imports = [...source.matchAll(/^import\s.*$/gm)].map((m) => m[0]);
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
