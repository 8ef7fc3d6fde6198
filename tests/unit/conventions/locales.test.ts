import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/src/core/settings/limits';

// UI strings live in src/locales/*.yml (the @wxt-dev/i18n module turns them into _locales).
// English is the default locale; Russian must say everything English says, with the same
// placeholders, and nothing may be left empty.
const load = async (lang: string) => {
  const messages = await parseMessagesFile(`src/locales/${lang}.yml`);
  return new Map(messages.map((m) => [m.key.join('.'), m]));
};

const texts = (m: ParsedMessage): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);

describe('locales', async () => {
  const en = await load('en');
  const ru = await load('ru');

  it('English and Russian define the same keys', () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('no message is empty', () => {
    for (const [lang, messages] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      for (const [key, m] of messages) {
        for (const text of texts(m)) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('each translation uses the same placeholders as English', () => {
    for (const [key, m] of en) {
      expect(ru.get(key)?.substitutions, key).toBe(m.substitutions);
    }
  });

  it('every setting has its label, by the one naming rule (options.field.<group>.<key>)', () => {
    const paths = Object.entries(DEFAULT_SETTINGS).flatMap(([group, values]) =>
      Object.keys(values).map((key) => `options.field.${group}.${key}`),
    );
    expect(paths.length).toBeGreaterThan(15);
    for (const key of paths) {
      expect(en.has(key), `en: ${key}`).toBe(true);
      expect(ru.has(key), `ru: ${key}`).toBe(true);
    }
  });

  it('the manifest name and description are localised', () => {
    expect(en.has('extName') && en.has('extDescription')).toBe(true);
    expect(texts(ru.get('extDescription') as ParsedMessage)[0]).toMatch(/[а-яё]/i);
  });
});
