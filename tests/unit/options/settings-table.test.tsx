import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTING_ENTRIES } from '@/src/core/settings/entries';
import { TABS } from '@/src/core/settings/registry';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { fieldId } from '@/src/ui/options/form/path';
import { renderOptions } from './support';

// The options page's fields come from the settings' table (core/settings/registry.ts): every
// setting it declares is on its group's tab, in the table's order, under its own label.

afterEach(cleanup);

describe('the settings table on the options page', () => {
  it.each([...new Set(Object.values(TABS))])(
    'the %s tab shows each of its settings, in order',
    async (tab) => {
      await renderOptions(tab);
      const panel = screen.getByRole('tabpanel');
      const ids = SETTING_ENTRIES.filter((e) => TABS[e.key[0]] === tab).map((e) => fieldId(e.key));
      expect(ids.length).toBeGreaterThan(0);
      // A setting's elements have its id, or begin with it (a group of checkboxes, the week's days).
      const shown = [...panel.querySelectorAll('[id^="set-"]')].map((el) => el.id);
      const first = ids.map((id) => shown.findIndex((s) => s === id || s.startsWith(`${id}-`)));
      expect(first.every((i) => i >= 0)).toBe(true);
      expect([...first].sort((a, b) => a - b)).toEqual(first);
    },
  );

  it('every setting has a label of its own', () => {
    const labels = SETTING_ENTRIES.map((e) => fieldLabel(e.key));
    expect(new Set(labels).size).toBe(SETTING_ENTRIES.length);
    for (const label of labels) expect(label).not.toMatch(/^options\.|\./);
  });
});
