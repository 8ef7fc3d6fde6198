import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { sent } from './fake-protocol';
import { installFakeSpeech } from './fake-speech';
import { advance, button, openPlayer } from './player-support';
import { closePage, day, seedStats, settingsWith, TODAY, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

const REST = 'Stay seated and rest for a minute or two, then get up slowly, never sharply.';

async function finishQuickRoutine(voice = false) {
  await openPlayer({ variant: 'quick', settings: settingsWith({ routine: { voice } }) });
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

  it('asks for a rest before getting up slowly, after the routine and after a stop for pain', async () => {
    await finishQuickRoutine();
    expect(screen.getByText(REST)).toBeTruthy();
    closePage();
    await fakeBrowser.storage.session.clear();
    await openPlayer();
    await advance(3000 + 8000);
    fireEvent.click(button('Stop — pain or dizziness'));
    await screen.findByRole('heading', { name: TEXT_EN.player.stop.title });
    expect(screen.getByText(REST)).toBeTruthy();
  });

  it('with the voice on, says it once, after the routine’s last words', async () => {
    const speech = installFakeSpeech();
    await finishQuickRoutine(true);
    await vi.waitFor(() => expect(speech.speaking()).toBe(REST));
    expect(speech.texts().filter((t) => t === REST)).toHaveLength(1);
    expect(speech.said.at(-1)).toMatchObject({ text: REST, lang: 'en-US', rate: 1 });
    // The screen's later renders (the stats arriving, a rating) do not say it again.
    fireEvent.click(screen.getByRole('button', { name: '4 out of 5' }));
    await seedStats({ [TODAY]: day({ routinesQuick: 2 }) });
    speech.finishAll();
    await advance(2000);
    expect(speech.heard().filter((t) => t === REST)).toHaveLength(1);
    expect(speech.texts().filter((t) => t === REST)).toHaveLength(1);
  });

  it('says nothing with the voice off, or after a routine stopped early', async () => {
    const speech = installFakeSpeech();
    // The first routine's voice question was answered "no" long ago.
    await fakeBrowser.storage.sync.set({ voiceAsked: { at: Date.now() - 86_400_000 } });
    await finishQuickRoutine(false);
    expect(screen.getByText(REST)).toBeTruthy();
    expect(speech.texts()).toEqual([]);
    closePage();
    await fakeBrowser.storage.session.clear();
    await openPlayer({ settings: settingsWith({ routine: { voice: true } }) });
    await advance(3000 + 5000);
    fireEvent.click(button('Stop'));
    await screen.findByText(/^You did \d+% of the routine\.$/);
    await advance(1000);
    expect(speech.texts()).not.toContain(REST);
  });

  it('Back in the middle of the sentence cuts it off', async () => {
    const speech = installFakeSpeech();
    await finishQuickRoutine(true);
    await vi.waitFor(() => expect(speech.speaking()).toBe(REST));
    // The engine has recorded the end (else Back would find the routine still running).
    await vi.waitFor(async () => {
      const { engine } = await fakeBrowser.storage.local.get('engine');
      expect((engine as { mode: { kind: string } }).mode.kind).toBe('normal');
    });
    await advance(1000);
    fireEvent.click(button('Back'));
    await screen.findByRole('button', { name: 'Start routine' });
    expect(speech.said.at(-1)).toMatchObject({ text: REST, outcome: 'cut' });
  });
});
