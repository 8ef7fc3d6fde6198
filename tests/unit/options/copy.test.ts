// @vitest-environment node
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { findBannedClaims } from '@/src/content/banned-claims';
import { CONTENT_LOCALES } from '@/src/content/locale';

// The options page's words, in every language, make no medical promise (docs/routine.md, Words Nape
// never says).
describe('options copy', () => {
  it.each(CONTENT_LOCALES)('%s: no banned claim in any options message', async (lang) => {
    const messages = await parseMessagesFile(`src/locales/${lang}.yml`);
    const mine = messages.filter((m) => m.key[0] === 'options');
    expect(mine.length).toBeGreaterThan(100);
    for (const m of mine) {
      const text = m.type === 'plural' ? Object.values(m.plurals).join(' ') : m.message;
      expect(findBannedClaims(text), m.key.join('.')).toEqual([]);
    }
  });
});
