// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import { POSTURE_CUE_COUNT, postureCueKey } from '@/src/content/posture-cues';
import { speak } from '@/tests/support/messages';
import { POSTURE_CUES } from './by-locale';

// The body of the light posture-check notification: one short line, rotating through the list
// (notify.postureCues in each language's messages).

/** The cue the worker shows in `locale` for the n-th check. */
const postureCueAt = (locale: ContentLocale, n: number): string =>
  POSTURE_CUES[locale][Number(postureCueKey(n).split('.').pop())] as string;

describe('posture cues', () => {
  it('each language has at least 10, and the same number', () => {
    expect(POSTURE_CUES.en.length).toBeGreaterThanOrEqual(10);
    expect(POSTURE_CUES.ru.length).toBe(POSTURE_CUES.en.length);
    for (const locale of CONTENT_LOCALES) expect(POSTURE_CUES[locale].length, locale).toBe(POSTURE_CUE_COUNT);
  });

  it.each(CONTENT_LOCALES)('%s cues are single lines of at most 90 characters, all different', (locale) => {
    const cues = POSTURE_CUES[locale];
    for (const cue of cues) {
      expect(cue.trim(), cue).toBe(cue);
      expect(cue.length, cue).toBeGreaterThan(0);
      expect(cue.length, cue).toBeLessThanOrEqual(90);
      expect(cue, cue).not.toMatch(/\n/);
    }
    expect(new Set(cues).size).toBe(cues.length);
  });

  it('Russian cues are Russian and English cues English', () => {
    for (const cue of POSTURE_CUES.ru) expect(cue).toMatch(/^[^a-z]*[а-яё][^a-z]*$/i);
    for (const cue of POSTURE_CUES.en) expect(cue).not.toMatch(/[а-яё]/i);
  });

  it('rotate in a stable order and wrap around', () => {
    const n = POSTURE_CUES.en.length;
    expect(postureCueAt('en', 0)).toBe(POSTURE_CUES.en[0]);
    expect(postureCueAt('en', 1)).toBe(POSTURE_CUES.en[1]);
    expect(postureCueAt('en', n)).toBe(POSTURE_CUES.en[0]);
    expect(postureCueAt('ru', n + 2)).toBe(POSTURE_CUES.ru[2]);
    expect(postureCueAt('ru', -1)).toBe(POSTURE_CUES.ru[n - 1]);
    const firstRound = Array.from({ length: n }, (_, i) => postureCueAt('en', i));
    expect(new Set(firstRound).size).toBe(n);
  });

  it('reach the worker through its messages, in the language they are in', () => {
    speak('ru');
    expect(i18n.t(postureCueKey(POSTURE_CUE_COUNT + 2))).toBe(POSTURE_CUES.ru[2]);
    speak('en');
    expect(i18n.t(postureCueKey(-1))).toBe(POSTURE_CUES.en[POSTURE_CUE_COUNT - 1]);
  });
});
