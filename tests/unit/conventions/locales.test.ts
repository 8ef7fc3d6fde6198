import { readdirSync } from 'node:fs';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { DEFAULT_SETTINGS } from '@/src/core/settings/limits';

// UI strings live in src/locales/*.yml (the @wxt-dev/i18n module turns them into _locales), one
// file for each language of the list (CONTENT_LOCALES). English is the default locale; every other
// language must say everything English says, with the same placeholders, and nothing may be left
// empty.
const load = async (lang: string) => {
  const messages = await parseMessagesFile(`src/locales/${lang}.yml`);
  return new Map(messages.map((m) => [m.key.join('.'), m]));
};

const texts = (m: ParsedMessage): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);

describe('locales', async () => {
  const all = new Map(
    await Promise.all(CONTENT_LOCALES.map(async (lang) => [lang, await load(lang)] as const)),
  );
  const en = all.get('en') ?? new Map<string, ParsedMessage>();
  const ru = all.get('ru') ?? new Map<string, ParsedMessage>();

  it('there is a message file for each language of the list, and none for another', () => {
    const files = readdirSync('src/locales').filter((f) => f.endsWith('.yml'));
    expect(files.map((f) => f.replace(/\.yml$/, '')).sort()).toEqual([...CONTENT_LOCALES].sort());
  });

  it("each file's ui.lang names its own language (the one rule for the language of a page)", () => {
    for (const [lang, messages] of all)
      expect(texts(messages.get('ui.lang') as ParsedMessage), lang).toEqual([lang]);
  });

  it('every language defines the same keys as English', () => {
    for (const [lang, messages] of all)
      expect([...messages.keys()].sort(), lang).toEqual([...en.keys()].sort());
  });

  it('no message is empty', () => {
    for (const [lang, messages] of all) {
      for (const [key, m] of messages) {
        for (const text of texts(m)) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('each translation uses the same placeholders as English', () => {
    for (const [lang, messages] of all) {
      for (const [key, m] of en)
        expect(messages.get(key)?.substitutions, `${lang}: ${key}`).toBe(m.substitutions);
    }
  });

  it('every setting has its label, by the one naming rule (options.field.<group>.<key>)', () => {
    const paths = Object.entries(DEFAULT_SETTINGS).flatMap(([group, values]) =>
      Object.keys(values).map((key) => `options.field.${group}.${key}`),
    );
    expect(paths.length).toBeGreaterThan(15);
    for (const key of paths) {
      for (const [lang, messages] of all) expect(messages.has(key), `${lang}: ${key}`).toBe(true);
    }
  });

  it('the manifest name and description are localised', () => {
    for (const [lang, messages] of all)
      expect(messages.has('extName') && messages.has('extDescription'), lang).toBe(true);
    expect(texts(ru.get('extDescription') as ParsedMessage)[0]).toMatch(/[а-яё]/i);
  });
});
