// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { CONTENT_VERSION } from '@/src/content/version';
import { TEXTS } from './by-locale';

// The safety gate stores the CONTENT_VERSION a user acknowledged and asks again when it rises.
// So a change to the contraindications or rules that forgets the bump would leave users confirming
// a list they never saw. This pins the safety text of each version by a fingerprint.
//
// Changed the safety text? Bump CONTENT_VERSION in src/content/version.ts and add its fingerprint
// below (the failure message prints it). Fixing only a typo? You may instead replace the current
// version's fingerprint, as a deliberate, reviewed choice.
const SAFETY_FINGERPRINTS: Record<number, string> = {
  1: '8f23434425c58ab1',
  // Issue 10: contraindications as broad as the seed (high blood pressure named plainly, sclerosis of
  // the head vessels, skin findings, neck injury of any age, dizziness on turning or looking up,
  // "if unsure, ask a doctor first").
  2: 'e2c5af8813a60e97',
  3: '344e057fa8cab779',
};

const fingerprint = () =>
  createHash('sha256')
    .update(JSON.stringify(Object.fromEntries(CONTENT_LOCALES.map((l) => [l, TEXTS[l].safety]))))
    .digest('hex')
    .slice(0, 16);

describe('safety content version', () => {
  it('is a positive whole number, the newest one recorded', () => {
    expect(Number.isInteger(CONTENT_VERSION) && CONTENT_VERSION > 0).toBe(true);
    expect(CONTENT_VERSION).toBe(Math.max(...Object.keys(SAFETY_FINGERPRINTS).map(Number)));
  });

  it('matches the safety text it was recorded for', () => {
    const now = fingerprint();
    expect(
      now,
      `the safety text changed: bump CONTENT_VERSION and record ${CONTENT_VERSION + 1}: '${now}' in this test`,
    ).toBe(SAFETY_FINGERPRINTS[CONTENT_VERSION]);
  });
});
