import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, renderOptions, seedSettings, settingsWith, storedSettings } from './support';

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
