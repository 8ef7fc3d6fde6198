import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/src/core/settings/schema';
import { shownWith } from '@/tests/support/settings';

// The settings check (zod) is loaded with the first change, not at the options page's start. A
// chunk that cannot be loaded (the extension updated under an open page) writes nothing, shows
// nothing changed and says the change was not saved; the next change tries to load it again.

afterEach(() => {
  vi.doUnmock('@/src/core/settings/parse');
  vi.resetModules();
  vi.restoreAllMocks();
});

describe('the settings writer when its check cannot be loaded', () => {
  it('writes and shows nothing, reports a failed write, and loads it on the next change', async () => {
    vi.resetModules();
    vi.doMock('@/src/core/settings/parse', () => {
      throw new Error('chunk could not be fetched');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { changeSettings } = await import('@/src/platform/settings-writer');
    const before = defaultSettings();
    const shown = shownWith(before);
    const save = vi.fn(async () => undefined);
    const change = (d: Settings) => {
      d.neckBreak.intervalMin = 45;
    };

    expect(await changeSettings(shown, change, save)).toEqual({ ok: false, issues: [], writeFailed: true });
    expect(save).not.toHaveBeenCalled();
    expect(shown.value).toBe(before);
    expect(error).toHaveBeenCalledWith('[nape] could not load the settings check', expect.any(Error));

    vi.doUnmock('@/src/core/settings/parse');
    expect(await changeSettings(shown, change, save)).toEqual({ ok: true });
    expect(save).toHaveBeenCalledOnce();
    expect(shown.value.neckBreak.intervalMin).toBe(45);
  });

  it('once loaded, shows a change at once, before the write finishes', async () => {
    vi.resetModules();
    const { changeSettings, preloadValidation } = await import('@/src/platform/settings-writer');
    await preloadValidation();
    const shown = shownWith(defaultSettings());
    const written = changeSettings(
      shown,
      (d) => {
        d.neckBreak.intervalMin = 50;
      },
      async () => undefined,
    );
    // No await yet: the user's click shows the new value in the same task.
    expect(shown.value.neckBreak.intervalMin).toBe(50);
    await written;
  });
});
