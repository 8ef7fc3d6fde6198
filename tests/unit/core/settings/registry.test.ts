import { describe, expect, it } from 'vitest';
import { SETTING_ENTRIES } from '@/src/core/settings/entries';
import { getAt, setAt } from '@/src/core/settings/paths';
import { DEFAULT_SETTINGS, defaultSettings, LIMITS, SettingsSchema } from '@/src/core/settings/schema';

// Everything about a setting is declared once, in core/settings/registry.ts; these hold what is
// derived from it to the declaration, for every setting, a new one included.

describe('the settings table', () => {
  it('gives every setting its default', () => {
    for (const e of SETTING_ENTRIES)
      expect(getAt(defaultSettings(), e.key), e.key.join('.')).toEqual(e.default);
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives every number its range, which the schema enforces', () => {
    for (const e of SETTING_ENTRIES) {
      if (e.kind !== 'whole' && e.kind !== 'decimal') continue;
      const name = e.key.join('.');
      const [group, key] = e.key;
      expect((LIMITS[group] as Record<string, unknown>)[key], name).toEqual(
        expect.objectContaining({ min: e.min, max: e.max }),
      );
      const at = (value: number) => {
        const s = defaultSettings();
        setAt(s, e.key, value);
        return SettingsSchema.safeParse(s).success;
      };
      expect([at(e.min), at(e.max), at(e.min - 1), at(e.max + 1)], name).toEqual([true, true, false, false]);
      expect(at(e.min + 0.5), name).toBe(e.kind === 'decimal');
    }
  });
});
