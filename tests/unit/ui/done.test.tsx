import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEXT_EN } from '@/src/content/text.en';
import { sent } from './fake-protocol';
import { advance, button, openPlayer } from './player-support';
import { day, seedStats, TODAY, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

async function finishQuickRoutine() {
  await openPlayer({ variant: 'quick' });
  await seedStats({ '2026-11-23': day({ routinesFull: 1 }), [TODAY]: day({ routinesQuick: 1 }) });
  await advance(3000 + 120_000);
  await screen.findByText('You finished the routine.');
}

describe('done', () => {
  it('says what was completed, the day count against the goal and the streak, and the after-routine note', async () => {
    await finishQuickRoutine();
    expect(screen.getByRole('heading', { name: TEXT_EN.player.after.title })).toBeTruthy();
    expect(screen.getByText(TEXT_EN.variants.quick.name)).toBeTruthy();
    // The engine writes the new count; the screen follows the stored stats.
    await seedStats({ '2026-11-23': day({ routinesFull: 1 }), [TODAY]: day({ routinesQuick: 2 }) });
    const tile = (label: string) => screen.getByText(label).parentElement?.querySelector('dd')?.textContent;
    await vi.waitFor(() => expect(tile('Routines today')).toBe('2 of 2'));
    expect(tile('Day streak')).toBe('2');
    for (const line of TEXT_EN.player.after.body) expect(screen.getByText(line)).toBeTruthy();
  });

  it('moves focus to its heading, so a screen reader says what happened', async () => {
    await finishQuickRoutine();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(TEXT_EN.player.after.title));
  });

  it('takes an optional 1–5 comfort rating and keeps it in the stats', async () => {
    await finishQuickRoutine();
    const rating = screen.getByRole('group', { name: 'How does your neck feel now?' });
    const buttons = within(rating).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      '1 out of 5',
      '2 out of 5',
      '3 out of 5',
      '4 out of 5',
      '5 out of 5',
    ]);
    fireEvent.click(within(rating).getByRole('button', { name: '4 out of 5' }));
    expect(await screen.findByText('Thanks. Your rating is saved in your history.')).toBeTruthy();
    expect(sent.filter((c) => c.type === 'rateComfort')).toEqual([{ type: 'rateComfort', rating: 4 }]);
    expect(within(rating).getByRole('button', { name: '4 out of 5' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('a routine stopped early says how much was done and that it does not count yet', async () => {
    await openPlayer();
    await advance(3000 + 30_000);
    fireEvent.click(button('Stop'));
    expect(await screen.findByText('You did 10% of the routine.')).toBeTruthy();
    expect(
      screen.getByText('A routine counts toward your goal once at least half of it is done.'),
    ).toBeTruthy();
  });

  it('Back returns to the status; in the routine window, Close closes the window', async () => {
    await finishQuickRoutine();
    fireEvent.click(button('Back'));
    expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
    cleanup();
    await fakeBrowser.storage.session.clear();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await openPlayer({ variant: 'quick', layout: 'window' });
    await advance(3000 + 120_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(close).toHaveBeenCalledOnce();
  });
});
