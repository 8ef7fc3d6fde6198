import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { sent } from './fake-protocol';
import { advance, button, openPlayer, stepHeading, timer } from './player-support';
import { storedSession, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

// The player's Safety button: the routine's reminders one press (or one key) away at any step, in a
// modal dialog. The routine keeps its place: opening pauses it, closing resumes it only if it was
// playing; focus goes into the dialog and back to the button.

useUiTestEnvironment();

const dialog = () => screen.getByRole('dialog', { name: 'Safety' });
const sKey = (target: Element = document.body, key = 's') => fireEvent.keyDown(target, { key, code: 'KeyS' });

describe('the Safety button', () => {
  it('opens the reminders, pausing the routine; Esc closes them and it carries on from the same place', async () => {
    await openPlayer();
    await advance(3000 + 2000);
    const step = stepHeading();
    expect(timer()).toBe('0:08');
    const safety = button('Safety');
    expect(safety.getAttribute('aria-haspopup')).toBe('dialog');
    expect(safety.getAttribute('aria-keyshortcuts')).toBe('S');

    fireEvent.click(safety);
    const panel = dialog();
    for (const cue of TEXT_EN.player.cues) expect(within(panel).getByText(cue)).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Safety' }));
    expect(within(panel).getByText(/carries on from the same place/)).toBeTruthy();
    await vi.waitFor(async () => expect((await storedSession())?.pausedAt).not.toBeNull());
    await advance(6000);
    expect(timer()).toBe('0:08');

    // Esc is the dialog's: it closes it, and does not stop the routine.
    fireEvent.keyDown(within(panel).getByRole('heading', { name: 'Safety' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Safety')));
    expect(button('Pause')).toBeTruthy();
    await advance(2000);
    expect(timer()).toBe('0:06');
    expect(stepHeading()).toBe(step);
    expect(sent.filter((c) => c.type === 'routineEnded')).toEqual([]);
  });

  it('S opens it from anywhere in the player, in any keyboard layout', async () => {
    await openPlayer();
    await advance(3000 + 1000);
    sKey();
    expect(dialog()).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Back to the routine' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button('Pause')).toBeTruthy();
    // A Russian layout types «ы» on the same key.
    sKey(document.body, 'ы');
    expect(dialog()).toBeTruthy();
  });

  it('a routine paused before stays paused after, and the player’s keys stand aside while it is open', async () => {
    await openPlayer();
    await advance(3000 + 2000);
    fireEvent.click(button('Pause'));
    const frozen = timer();
    sKey();
    const heading = within(dialog()).getByRole('heading', { name: 'Safety' });
    expect(within(dialog()).queryByText(/carries on from the same place/)).toBeNull();
    // Space, the arrows and S inside the dialog do nothing to the routine behind it.
    fireEvent.keyDown(heading, { key: ' ' });
    fireEvent.keyDown(heading, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: ' ' });
    sKey(heading);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Back to the routine' }));
    expect(button('Resume')).toBeTruthy();
    await advance(3000);
    expect(timer()).toBe(frozen);
    expect(stepHeading()).toBe(TEXT_EN.steps['ex-posture'].name);
  });

  it('carries Stop — pain or dizziness, which ends the routine with the stop advice', async () => {
    await openPlayer();
    await advance(3000 + 5000);
    fireEvent.click(button('Safety'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Stop — pain or dizziness' }));
    expect(await screen.findByRole('heading', { name: TEXT_EN.player.stop.title })).toBeTruthy();
    await vi.waitFor(() => expect(sent.filter((c) => c.type === 'routineEnded')).toHaveLength(1));
  });
});
