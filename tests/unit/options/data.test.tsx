import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportSettings } from '@/src/core/settings/import-export';
import { defaultSettings } from '@/src/core/settings/schema';
import { renderOptions, seedSettings, settingsWith, statusText, storedSettings, syncText } from './support';

// Erasing history goes to the background engine; here we only see that the page asks for it.
const erased: number[] = [];
vi.mock('@/src/platform/protocol', () => ({
  sendMessage: async (type: string) => {
    if (type === 'eraseHistory') erased.push(1);
  },
}));

beforeEach(() => {
  erased.length = 0;
});
afterEach(cleanup);

async function pick(text: string, name = 'settings.json') {
  const input = screen.getByLabelText('Settings file (JSON, up to 64 KB)') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const result = () => document.getElementById('import-result')?.textContent ?? '';

describe('import', () => {
  it.each([
    ['not JSON', '{"app":"nape",', 'The file is not valid JSON.'],
    ['too large', 'x'.repeat(64 * 1024 + 1), 'The file is larger than 64 KB.'],
    [
      'a __proto__ key',
      '{"app":"nape","kind":"settings","version":1,"settings":{"__proto__":{"x":1}}}',
      'The file contains a key that is not allowed: settings.__proto__',
    ],
    [
      'wrong types',
      JSON.stringify({
        app: 'nape',
        kind: 'settings',
        version: 1,
        settings: { neckBreak: { intervalMin: 'soon' } },
      }),
      'Neck break after this much screen time (minutes): This value has the wrong type.',
    ],
    [
      'out of range',
      JSON.stringify({ app: 'nape', kind: 'settings', version: 1, settings: { routine: { dailyGoal: 99 } } }),
      'Daily goal (routines): Enter 12 or less.',
    ],
  ])('refuses a file that is %s, says why and changes nothing', async (_, text, reason) => {
    await seedSettings(settingsWith({ neckBreak: { enabled: true, intervalMin: 33 } }));
    await renderOptions('data');
    const before = await syncText();
    await pick(text);
    await waitFor(() => expect(result()).toContain('The file was not imported and nothing changed:'));
    expect(result()).toContain(reason);
    expect(await syncText()).toBe(before);
  });

  it('merges a valid file onto the current settings and names the entries it ignored', async () => {
    await seedSettings(settingsWith({ postureCheck: { enabled: false, intervalMin: 25 } }));
    await renderOptions('data');
    const file = JSON.stringify({
      app: 'nape',
      kind: 'settings',
      version: 1,
      settings: { neckBreak: { intervalMin: 40, sound: 'bell' } },
    });
    await pick(file);
    await waitFor(() => expect(result()).toContain('Settings imported.'));
    expect(result()).toContain("Ignored entries Nape doesn't know: settings.neckBreak.sound");
    const stored = await storedSettings();
    expect(stored.neckBreak).toEqual(settingsWith({ neckBreak: { intervalMin: 40 } }).neckBreak);
    expect(stored.postureCheck).toEqual(
      settingsWith({ postureCheck: { enabled: false, intervalMin: 25 } }).postureCheck,
    );
  });

  it('takes back exactly what an export wrote', async () => {
    await renderOptions('data');
    const mine = settingsWith({ snooze: { choicesMin: [20, 30], defaultMin: 30, maxPerBreak: 1 } });
    await pick(exportSettings(mine, Date.now()));
    await waitFor(async () => expect(await storedSettings()).toEqual(mine));
  });
});

describe('reset and erase', () => {
  it('reset asks first; Cancel keeps everything, Yes puts the defaults back', async () => {
    await seedSettings(settingsWith({ neckBreak: { enabled: false, intervalMin: 20 } }));
    await renderOptions('data');
    const before = await syncText();
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings…' }));
    expect(
      screen.getByRole('group', { name: "Put every setting back to its default? This can't be undone." }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset settings…' })),
    );
    expect(await syncText()).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: 'Reset settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset settings' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(defaultSettings()));
    expect(await screen.findByText('Settings reset to their defaults.')).toBeTruthy();
  });

  it('Escape cancels the confirm step', async () => {
    await renderOptions('data');
    fireEvent.click(screen.getByRole('button', { name: 'Erase history…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, erase history' })).toBeNull());
    expect(erased).toEqual([]);
  });

  it('erase asks first, then asks the background to erase', async () => {
    await renderOptions('data');
    fireEvent.click(screen.getByRole('button', { name: 'Erase history…' }));
    expect(erased).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase history' }));
    expect(await screen.findByText('History erased.')).toBeTruthy();
    expect(erased).toEqual([1]);
    expect(statusText()).not.toContain('Not saved');
  });
});
