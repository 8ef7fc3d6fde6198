// @vitest-environment node
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { BANNED_CLAIMS, findBannedClaims } from '@/src/content/banned-claims';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { POSTURE_CUES, TEXTS } from './by-locale';
import { stringsOf } from './helpers';
import { wordsOf } from './words';

// No copy may promise a medical effect; every copy may name a condition (a contraindication has
// to say "high blood pressure" plainly). The patterns are checked against sentences that make such
// promises (so a broken pattern fails here), against sentences that only name conditions, and
// then against every string we ship.

const PROMISES = wordsOf('bannedClaimsPromises');

// A condition named as a reason not to do the routine, or the words the routine needs.
const NAMES_ONLY = CONTENT_LOCALES.flatMap((locale) => wordsOf('bannedClaimsNamesOnly')[locale]);

describe('banned claims', () => {
  it('cover every topic, with promises to catch in both languages', () => {
    for (const locale of CONTENT_LOCALES)
      expect(BANNED_CLAIMS.map((c) => c.topic).sort(), locale).toEqual(Object.keys(PROMISES[locale]).sort());
  });

  it.each(BANNED_CLAIMS)('the $topic pattern catches a promise in every language', (claim) => {
    for (const locale of CONTENT_LOCALES) {
      const samples: Record<string, readonly string[]> = PROMISES[locale];
      for (const sample of samples[claim.topic] ?? []) {
        expect(sample).toMatch(claim[locale]);
        expect(findBannedClaims(sample)).toContain(claim.topic);
      }
    }
  });

  it('let a condition be named plainly, as the contraindications must', () => {
    for (const text of NAMES_ONLY) expect(findBannedClaims(text), text).toEqual([]);
  });

  it('look for the promise within one clause, not across sentences', () => {
    expect(findBannedClaims('Relax your shoulders. High blood pressure is a reason to skip this.')).toEqual(
      [],
    );
    expect(findBannedClaims('Relax your shoulders and lower your blood pressure.')).toEqual([
      'blood pressure',
    ]);
  });

  it('match none of the routine copy in either language', () => {
    const copy = [
      ...CONTENT_LOCALES.flatMap((locale) => stringsOf(TEXTS[locale], locale)),
      ...stringsOf(POSTURE_CUES, 'posture'),
    ];
    expect(copy.length).toBeGreaterThan(150);
    for (const [path, text] of copy) expect(findBannedClaims(text), `${path}: ${text}`).toEqual([]);
  });

  it.each(CONTENT_LOCALES)(
    'match none of the %s UI strings (popup, notifications, options)',
    async (lang) => {
      const messages = await parseMessagesFile(`src/locales/${lang}.yml`);
      expect(messages.length).toBeGreaterThan(200);
      for (const m of messages) {
        const text = m.type === 'plural' ? Object.values(m.plurals).join(' ') : m.message;
        expect(findBannedClaims(text), m.key.join('.')).toEqual([]);
      }
    },
  );
});
