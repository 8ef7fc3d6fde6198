import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { openRoutineWindow } from '@/src/platform/windows';
import { button, openPlayer } from './player-support';
import { closePage, storedSession, T0, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
vi.mock('@/src/platform/windows', () => ({ openRoutineWindow: vi.fn(async () => undefined) }));

useUiTestEnvironment();

describe('pop out', () => {
  it('moves the routine into its own window and closes the popup, the session ticking on', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await openPlayer();
    vi.setSystemTime(T0 + 2000);
    fireEvent.click(button('Pop out'));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(openRoutineWindow).toHaveBeenCalledOnce();
    // The window picks up a session last seen just now, so it plays on instead of pausing.
    expect((await storedSession())?.lastTickAt).toBe(T0 + 2000);
  });

  it('the routine window shows the step list open and the keys, and offers no pop out', async () => {
    await openPlayer({ layout: 'window' });
    expect(screen.queryByRole('button', { name: 'Pop out' })).toBeNull();
    expect((screen.getByText('All steps').closest('details') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByText(/^Keys: Space pauses/)).toBeTruthy();
  });

  it('the player names the routine it plays: shown in the window, for assistive tech in the popup', async () => {
    await openPlayer({ variant: 'quick', layout: 'window' });
    const name = screen.getByText('Quick routine · 2 min');
    expect(name.className).not.toContain('visually-hidden');
    await closePage();
    await openPlayer({ variant: 'full' });
    expect(screen.getByText('Full routine · 5 min').className).toContain('visually-hidden');
  });
});
