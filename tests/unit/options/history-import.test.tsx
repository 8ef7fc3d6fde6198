import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDay } from '@/src/core/stats/day-stats';
import { addDays, dayKey } from '@/src/core/time';
import { currentTimeZone } from '@/src/platform/locale';
import { renderOptions, seedSettings, settingsWith, syncText } from './support';

// Importing a history file on the Data tab: a refused file sends and writes nothing and says why;
// a taken one hands its days to the background (which adds them in its queue) and brings its
// 30-day course back, unless a different course is here already.

const sent: unknown[] = [];
vi.mock('@/src/platform/protocol', () => ({
  sendMessage: async (type: string, data: unknown) => {
    if (type === 'importHistory') sent.push(data);
  },
}));

const today = () => dayKey(Date.now(), currentTimeZone());

beforeEach(async () => {
  sent.length = 0;
  await seedSettings(settingsWith());
});
afterEach(cleanup);

const historyFile = (course: unknown) =>
  JSON.stringify({
    app: 'nape',
    kind: 'history',
    version: 1,
    exportedAt: '',
    days: { [addDays(today(), -1)]: { ...emptyDay(), routinesFull: 1 } },
    course,
  });

async function pick(text: string) {
  const input = (await screen.findByLabelText('History file (JSON, up to 1024 KB)')) as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'history.json', { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

const result = () => document.getElementById('import-history-result')?.textContent ?? '';

describe('history import', () => {
  it('refuses a course that starts in the future, with the reason, and changes nothing', async () => {
    await renderOptions('data');
    const before = await syncText();
    await pick(historyFile({ start: addDays(today(), 2), celebrated: false, counted: 0 }));
    await vi.waitFor(() => expect(result()).toContain('starts on'));
    expect(result()).toContain('The file was not imported and nothing changed');
    expect(sent).toEqual([]);
    expect(await syncText()).toBe(before);
  });

  it('takes a valid file: its days go to the background and its course comes back', async () => {
    await renderOptions('data');
    const start = addDays(today(), -1);
    await pick(historyFile({ start, celebrated: false, counted: 1 }));
    await vi.waitFor(() => expect(result()).toContain('History imported.'));
    expect(sent).toEqual([{ [start]: { ...emptyDay(), routinesFull: 1 } }]);
    expect((await fakeBrowser.storage.sync.get('course')).course).toEqual({ v: 1, start, celebrated: false });
  });

  it('keeps a different course already here, and says so', async () => {
    const mine = { v: 1, start: today(), celebrated: false };
    await fakeBrowser.storage.sync.set({ course: mine });
    await renderOptions('data');
    await pick(historyFile({ start: addDays(today(), -1), celebrated: false, counted: 1 }));
    await vi.waitFor(() => expect(result()).toContain('was kept'));
    expect((await fakeBrowser.storage.sync.get('course')).course).toEqual(mine);
  });
});
