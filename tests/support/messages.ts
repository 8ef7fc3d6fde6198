import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The UI strings as Chrome loads them from _locales/<lang>/messages.json. fakeBrowser has no
// i18n.getMessage, and @wxt-dev/i18n's `i18n.t()` calls it: tests install these (English unless a
// test asks for Russian with `speak('ru')`).

const files = {
  en: generateChromeMessages(await parseMessagesFile('src/locales/en.yml')),
  ru: generateChromeMessages(await parseMessagesFile('src/locales/ru.yml')),
};

/** Makes the fake browser answer in `lang`, as a browser whose UI is in that language would. */
export function speak(lang: keyof typeof files): void {
  const messages = files[lang];
  const getMessage = (key: string, substitutions?: string | string[]): string => {
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const text = messages[key]?.message ?? '';
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => lang });
}
