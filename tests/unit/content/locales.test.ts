// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANNED_CLAIMS } from '@/src/content/banned-claims';
import { CONTENT_LOCALES, resolveContentLocale } from '@/src/content/locale';
import { SPEECH_MODEL } from '@/src/content/speech-model';
import { type SpeechTable, TABLE_PATH, VOICES } from '@/tests/tools/speech-calibration';
import { POSTURE_CUES, WORDS_PER_SECOND_BUDGET } from './by-locale';

// The languages are one list (CONTENT_LOCALES). Every language has its modules in src/content and
// a line in every table kept per language, and nothing is there for a language the list does not
// name: a file or entry left over, or added without the list, would go unchecked by the tests,
// which iterate the list. (The UI messages are held to it in tests/unit/conventions/locales.test.ts.)

const sorted = (keys: Iterable<string>) => [...keys].sort();
const LIST = sorted(CONTENT_LOCALES);

describe('the languages of the content', () => {
  it('a module of words (lang/<locale>.ts) for each language of the list, and none for another', () => {
    const locales = readdirSync('src/content/lang').flatMap((f) => /^([^.]+)\.ts$/.exec(f)?.[1] ?? []);
    expect(sorted(locales)).toEqual(LIST);
  });

  it('every table kept per language has the list’s languages, no more and no fewer', () => {
    expect(sorted(Object.keys(POSTURE_CUES)), 'POSTURE_CUES').toEqual(LIST);
    expect(sorted(Object.keys(SPEECH_MODEL)), 'SPEECH_MODEL').toEqual(LIST);
    expect(sorted(Object.keys(WORDS_PER_SECOND_BUDGET)), 'WORDS_PER_SECOND_BUDGET').toEqual(LIST);
    expect(sorted(Object.keys(VOICES)), 'the calibration voices').toEqual(LIST);
    for (const claim of BANNED_CLAIMS) {
      expect(sorted(Object.keys(claim).filter((k) => k !== 'topic')), claim.topic).toEqual(LIST);
      for (const locale of CONTENT_LOCALES)
        expect(claim[locale], `lang/${locale}.ts bannedClaims: ${claim.topic}`).toBeInstanceOf(RegExp);
    }
    const table = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as SpeechTable;
    for (const part of ['voices', 'durations', 'model'] as const)
      expect(sorted(Object.keys(table[part])), `${TABLE_PATH}: ${part}`).toEqual(LIST);
  });

  it('each language of the list is the one its own tag resolves to', () => {
    for (const locale of CONTENT_LOCALES) expect(resolveContentLocale(locale)).toBe(locale);
    expect(resolveContentLocale('xx')).toBe(CONTENT_LOCALES[0]);
  });
});
