import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { sent } from './fake-protocol';
import { advance, button, liveRegion, openPlayer, playerShown, stepHeading, timer } from './player-support';
import {
  engineState,
  renderApp,
  seedReturningUser,
  seedSession,
  session,
  storedSession,
  T0,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

describe('player: countdown, progress and steps', () => {
  it('counts down a 3-second get-ready, then each step, with the step picture, text and safety cue', async () => {
    await openPlayer();
    expect(stepHeading()).toBe('Get ready');
    expect(screen.getByText('First: Posture')).toBeTruthy();
    expect(timer()).toBe('0:03');
    await advance(3000);
    expect(stepHeading()).toBe('Posture');
    expect(timer()).toBe('0:10');
    expect(screen.getByRole('img', { name: 'Posture' })).toBeTruthy();
    expect(document.querySelector('.instruction')?.textContent?.trim()).toBe(
      TEXT_EN.steps['ex-posture'].instruction,
    );
    expect(screen.getByText(TEXT_EN.steps['ex-posture'].safety)).toBeTruthy();
    await advance(4000);
    expect(timer()).toBe('0:06');
    await advance(6000);
    expect(stepHeading()).toBe('Metronome');
    expect(screen.getByText('To the right')).toBeTruthy();
    expect(timer()).toBe('0:18');
  });

  it('shows overall progress as a progressbar with values', async () => {
    await openPlayer();
    await advance(3000 + 25_000);
    const bar = screen.getByRole('progressbar', { name: 'Routine progress' });
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('300');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('0:25 of 5:00');
  });

  it('lists every step with the current one marked', async () => {
    await openPlayer();
    await advance(3000 + 12_000);
    const list = screen.getByText('All steps').closest('details') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(19);
    const current = items.filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Metronome');
    expect(current[0]).toBe(items[1]);
    expect(screen.getByText('Step 2 of 19')).toBeTruthy();
  });

  it('announces each step change in a polite live region', async () => {
    await openPlayer();
    expect(liveRegion()).toBe('Get ready. The routine starts in a few seconds.');
    await advance(3000);
    expect(liveRegion()).toBe('Step 1 of 19. Posture');
    await advance(10_000);
    expect(liveRegion()).toBe('Step 2 of 19. Metronome, To the right');
  });
});

describe('player: controls', () => {
  it('Pause freezes the countdown and Resume carries on from there', async () => {
    await openPlayer();
    await advance(5000);
    expect(timer()).toBe('0:08');
    fireEvent.click(button('Pause'));
    await advance(7000);
    expect(timer()).toBe('0:08');
    expect(screen.getByText('Paused', { selector: '.paused-badge' })).toBeTruthy();
    expect(liveRegion()).toBe('Paused');
    fireEvent.click(button('Resume'));
    await advance(2000);
    expect(timer()).toBe('0:06');
  });

  it('Pause pauses even when the page missed its ticks (a busy machine): the press is never undone', async () => {
    await openPlayer();
    await advance(5000);
    // Five seconds pass with no redraw: the screen still says Pause, and the stored session looks
    // like that of a closed popup.
    vi.setSystemTime(Date.now() + 5000);
    fireEvent.click(button('Pause'));
    await vi.waitFor(async () => expect((await storedSession())?.pausedAt).not.toBeNull());
    await advance(3000);
    expect(button('Resume')).toBeTruthy();
    expect((await storedSession())?.pausedAt).not.toBeNull();
  });

  it('Next and Previous move between steps', async () => {
    await openPlayer();
    await advance(4000);
    fireEvent.click(button('Next'));
    expect(stepHeading()).toBe('Metronome');
    expect(timer()).toBe('0:18');
    fireEvent.click(button('Next'));
    expect(screen.getByText('To the left')).toBeTruthy();
    fireEvent.click(button('Previous'));
    expect(screen.getByText('To the right')).toBeTruthy();
    fireEvent.click(button('Previous'));
    expect(stepHeading()).toBe('Posture');
  });

  it('keys: Space pauses and resumes, the arrows change step, Esc stops and shows what happened', async () => {
    await openPlayer();
    await advance(3000 + 2000);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(button('Resume')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(button('Pause')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(stepHeading()).toBe('Metronome');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(stepHeading()).toBe('Posture');
    // Space on a focused button is that button's own key, not pause.
    fireEvent.keyDown(button('Next'), { key: ' ' });
    expect(button('Pause')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(await screen.findByRole('heading', { name: TEXT_EN.player.after.title })).toBeTruthy();
    expect(screen.getByText(/^You did \d+% of the routine\.$/)).toBeTruthy();
    await vi.waitFor(() => expect(sent.some((c) => c.type === 'routineEnded')).toBe(true));
    const ended = sent.find((c) => c.type === 'routineEnded');
    expect(ended).toMatchObject({ type: 'routineEnded' });
    expect(ended && 'fraction' in ended && ended.fraction).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(await storedSession()).toBeUndefined());
  });

  it('Stop — pain or dizziness ends the routine and says what to do', async () => {
    await openPlayer();
    await advance(3000 + 8000);
    fireEvent.click(button('Stop — pain or dizziness'));
    expect(await screen.findByRole('heading', { name: TEXT_EN.player.stop.title })).toBeTruthy();
    for (const line of TEXT_EN.player.stop.body) expect(screen.getByText(line)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /How does your neck feel/ })).toBeNull();
    expect(screen.queryByText(/counts toward your goal|counts toward today/)).toBeNull();
    await vi.waitFor(() => expect(sent.filter((c) => c.type === 'routineEnded')).toHaveLength(1));
  });

  it('a routine played to the end reports it whole and shows Done', async () => {
    await openPlayer({ variant: 'quick' });
    await advance(3000 + 120_000 + 1000);
    expect(await screen.findByText('You finished the routine.')).toBeTruthy();
    expect(screen.getByText("It counts toward today's goal.")).toBeTruthy();
    await vi.waitFor(() =>
      expect(sent.filter((c) => c.type === 'routineEnded')).toEqual([
        { type: 'routineEnded', startedAt: expect.any(Number), fraction: 1 },
      ]),
    );
  });
});

describe('player: closing and reopening', () => {
  it('a session whose popup closed reopens on the same step, paused, with Resume', async () => {
    await seedReturningUser(
      engineState({ mode: { kind: 'routine', variant: 'full', startedAt: T0 - 60_000 } }),
    );
    // Started 60 s ago, last seen 40 s ago: closed 13 s into the routine's steps (step 2, 3 s in).
    await seedSession({ ...session('full', T0 - 60_000), lastTickAt: T0 - 44_000 });
    renderApp();
    await playerShown();
    expect(stepHeading()).toBe('Metronome');
    expect(timer()).toBe('0:15');
    expect(button('Resume')).toBeTruthy();
    await advance(5000);
    expect(timer()).toBe('0:15');
    await vi.waitFor(async () => expect((await storedSession())?.pausedAt).toBe(T0 - 44_000));
    fireEvent.click(button('Resume'));
    await advance(2000);
    expect(timer()).toBe('0:13');
  });

  it('a routine the engine no longer runs (given up on, ended elsewhere) leaves the status, and its session is dropped', async () => {
    await seedReturningUser(); // the engine is back in normal mode
    await seedSession({ ...session('full', T0 - 40 * 60_000), lastTickAt: T0 - 31 * 60_000 });
    renderApp();
    expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
    await vi.waitFor(async () => expect(await storedSession()).toBeUndefined());
    expect(sent).toEqual([]); // the engine decided; the page only tidies what it owns
  });

  it('a routine the engine runs with no session yet (started from a notification) opens in the player, which starts it', async () => {
    await seedReturningUser(
      engineState({ mode: { kind: 'routine', variant: 'quick', startedAt: T0 - 2000 } }),
    );
    renderApp();
    await playerShown();
    expect(screen.getByRole('heading', { name: 'Get ready' })).toBeTruthy();
    expect(timer()).toBe('0:03');
    await vi.waitFor(async () =>
      expect(await storedSession()).toMatchObject({ routineId: T0 - 2000, variant: 'quick', startedAt: T0 }),
    );
    expect(sent).toEqual([]);
  });
});
