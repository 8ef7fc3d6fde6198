import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@/src/core/settings/schema';
import {
  errorOf,
  renderOptions,
  seedSettings,
  settingsWith,
  statusText,
  storedSettings,
  syncText,
} from './support';

afterEach(cleanup);

const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const NECK = 'Neck break after this much screen time (minutes)';
const POSTURE = 'Posture check every (minutes of screen time)';

describe('live sync', () => {
  it('a change made elsewhere (another window, another device) shows without a reload', async () => {
    await renderOptions('breaks');
    expect(box(NECK).value).toBe('60');
    await seedSettings(settingsWith({ neckBreak: { enabled: false, intervalMin: 75 } }));
    await waitFor(() => expect(box(NECK).value).toBe('75'));
    expect(box('Remind me to take neck breaks').checked).toBe(false);
  });

  it('does not overwrite a field holding a refused value; the other fields follow', async () => {
    await renderOptions('breaks');
    fireEvent.change(box(NECK), { target: { value: '0' } });
    await waitFor(() => expect(errorOf(box(NECK))).toBe('Enter 1 or more.'));
    await seedSettings(
      settingsWith({
        neckBreak: { enabled: true, intervalMin: 90 },
        postureCheck: { enabled: true, intervalMin: 30 },
      }),
    );
    await waitFor(() => expect(box(POSTURE).value).toBe('30'));
    expect(box(NECK).value).toBe('0');
    expect(errorOf(box(NECK))).toBe('Enter 1 or more.');
    expect((await storedSettings()).neckBreak.intervalMin).toBe(90);
  });

  it('does not overwrite text being typed', async () => {
    await renderOptions('breaks');
    fireEvent.input(box(NECK), { target: { value: '4' } });
    await seedSettings(settingsWith({ neckBreak: { enabled: true, intervalMin: 90 } }));
    await waitFor(async () => expect((await storedSettings()).neckBreak.intervalMin).toBe(90));
    expect(box(NECK).value).toBe('4');
  });

  it('builds each change on the latest settings, so a change from elsewhere is not undone', async () => {
    await renderOptions('breaks');
    await seedSettings(settingsWith({ postureCheck: { enabled: true, intervalMin: 35 } }));
    await waitFor(() => expect(box(POSTURE).value).toBe('35'));
    fireEvent.change(box(NECK), { target: { value: '50' } });
    await waitFor(async () => expect((await storedSettings()).neckBreak.intervalMin).toBe(50));
    expect((await storedSettings()).postureCheck.intervalMin).toBe(35);
  });
});

describe('a write storage refuses', () => {
  it('says so, writes nothing, and the page shows the stored settings again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = vi.fn((_: Settings) => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE')));
    await renderOptions('breaks', refused);
    const before = await syncText();
    fireEvent.change(box(NECK), { target: { value: '45' } });
    await waitFor(() => expect(statusText()).toContain(`Couldn't save ${NECK}.`));
    expect(refused).toHaveBeenCalledOnce();
    expect(await syncText()).toBe(before);
    // The posture box is built on the settings the page shows: still the stored ones.
    fireEvent.change(box(POSTURE), { target: { value: '25' } });
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(2));
    expect(refused.mock.calls[1]?.[0]).toMatchObject({ neckBreak: { intervalMin: 60 } });
    vi.restoreAllMocks();
  });
});

describe('answers arriving out of order', () => {
  it('a write that finishes after a later entry was refused does not clear the refusal', async () => {
    let finish = () => {};
    const slow = vi.fn(
      (_: Settings) =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    await renderOptions('routine', slow);
    const rate = box('Speaking rate');
    fireEvent.change(rate, { target: { value: '1.5' } });
    await waitFor(() => expect(slow).toHaveBeenCalledOnce());
    fireEvent.change(rate, { target: { value: '2.5' } });
    await waitFor(() => expect(errorOf(rate)).toBe('Enter 2 or less.'));
    finish();
    await waitFor(() => expect(statusText()).toContain('Saved'));
    expect(errorOf(rate)).toBe('Enter 2 or less.');
    expect(rate.value).toBe('2.5');
  });
});
