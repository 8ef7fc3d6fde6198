// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import { CONTENT_VERSION } from '@/src/content/version';
import { TEXTS } from './by-locale';
import { wordsOf } from './words';

// The safety gate stores the CONTENT_VERSION a user acknowledged and asks again when it rises.
// So a change to the contraindications or rules that forgets the bump would leave users confirming
// a list they never saw. This pins each language's safety text of each version by a fingerprint,
// recorded in its words file (words.<locale>.ts, safetyFingerprints).
//
// Changed the safety text? Bump CONTENT_VERSION in src/content/version.ts and record the new
// version's fingerprint in every language's words file (the failure message prints it). Fixing only
// a typo? You may instead replace the current version's fingerprint, as a deliberate, reviewed
// choice. A new language records the current version's fingerprint of its own text, with no bump:
// nobody has confirmed a text in it yet.
//
// Versions 1 and 2 were pinned by one fingerprint of all the languages' text together
// (1: 8f23434425c58ab1, 2: e2c5af8813a60e97; version 2 was issue 10: contraindications as broad as
// the seed), and so was version 3 (344e057fa8cab779) before it was recorded per language.
const FINGERPRINTS = wordsOf('safetyFingerprints');

const fingerprint = (locale: ContentLocale) =>
  createHash('sha256').update(JSON.stringify(TEXTS[locale].safety)).digest('hex').slice(0, 16);

describe('safety content version', () => {
  it('is a positive whole number, the newest one recorded in every language', () => {
    expect(Number.isInteger(CONTENT_VERSION) && CONTENT_VERSION > 0).toBe(true);
    for (const locale of CONTENT_LOCALES)
      expect(Math.max(...Object.keys(FINGERPRINTS[locale]).map(Number)), locale).toBeLessThanOrEqual(
        CONTENT_VERSION,
      );
  });

  it.each(CONTENT_LOCALES)('matches the %s safety text it was recorded for', (locale) => {
    const now = fingerprint(locale);
    const recorded = FINGERPRINTS[locale][CONTENT_VERSION];
    expect(
      now,
      recorded === undefined
        ? `no fingerprint of the ${locale} safety text for version ${CONTENT_VERSION}: record ${CONTENT_VERSION}: '${now}' in words.${locale}.ts`
        : `the ${locale} safety text changed: bump CONTENT_VERSION and record ${CONTENT_VERSION + 1}: '${now}' in words.${locale}.ts`,
    ).toBe(recorded);
  });
});
