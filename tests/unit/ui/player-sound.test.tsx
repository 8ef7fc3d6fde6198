import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chime } from '@/src/platform/audio';
import { advance, button, openPlayer } from './player-support';
import { settingsWith, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
// Web Audio itself cannot be heard in a test; what matters is when the player asks for a chime.
vi.mock('@/src/platform/audio', () => ({ chime: vi.fn() }));

useUiTestEnvironment();
beforeEach(() => vi.mocked(chime).mockClear());

describe('player: chime', () => {
  it('chimes softly at each step change and differently at the end', async () => {
    await openPlayer({ variant: 'quick' });
    expect(chime).not.toHaveBeenCalled();
    await advance(3000);
    expect(vi.mocked(chime).mock.calls).toEqual([['step']]);
    fireEvent.click(button('Next'));
    expect(vi.mocked(chime).mock.calls).toEqual([['step'], ['step']]);
    await advance(120_000);
    expect(vi.mocked(chime).mock.calls.at(-1)).toEqual(['end']);
  });

  it('can be muted from the player for now, and stays silent when turned off in settings', async () => {
    await openPlayer();
    const sound = button('Sound');
    expect(sound.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(sound);
    expect(sound.getAttribute('aria-pressed')).toBe('false');
    await advance(3000);
    expect(chime).not.toHaveBeenCalled();
    cleanup();
    await openPlayer({ settings: settingsWith({ routine: { chime: false } }) });
    expect(screen.queryByRole('button', { name: 'Sound' })).toBeNull();
    await advance(3000);
    expect(chime).not.toHaveBeenCalled();
  });
});
