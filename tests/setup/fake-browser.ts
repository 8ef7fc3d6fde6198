import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFakeIdle } from '../integration/fakes/idle';

// The UI strings as Chrome would load them from _locales/en/messages.json: fakeBrowser has no
// i18n.getMessage, and @wxt-dev/i18n's `i18n.t()` calls it.
const messages = generateChromeMessages(await parseMessagesFile('src/locales/en.yml'));

function getMessage(key: string, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const text = messages[key]?.message ?? '';
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

// fakeBrowser keeps state between tests unless reset, and it lacks `idle` altogether.
beforeEach(() => {
  fakeBrowser.reset();
  Object.defineProperty(fakeBrowser, 'idle', { value: createFakeIdle(), configurable: true, writable: true });
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en' });
});
