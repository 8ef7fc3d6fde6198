import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { sent } from './fake-protocol';
import {
  dueNeck,
  engineState,
  renderApp,
  seedReturningUser,
  seedSettings,
  settingsWith,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

describe('break due', () => {
  it('offers Start, More routines, each configured snooze and Skip', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(0) }));
    await seedSettings(settingsWith({ snooze: { choicesMin: [15, 5, 10], defaultMin: 10, maxPerBreak: 3 } }));
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Time for a neck break' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start routine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'More routines' })).toBeTruthy();
    const snoozes = screen.getByRole('group', { name: 'Snooze' });
    expect(
      within(snoozes)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Snooze 5 min', 'Snooze 10 min', 'Snooze 15 min']);
    expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
  });

  it('a snooze button snoozes by its own length', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(1) }));
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 15 min' }));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'snooze', minutes: 15 }]));
  });

  it('once the snoozes for this break are used up, offers no snooze and says so', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(3) }));
    renderApp();
    expect(await screen.findByText('No snoozes left for this break.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Snooze' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start routine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'More routines' })).toBeTruthy();
  });

  it('Skip skips the break', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(0) }));
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Skip this break' }));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'skip' }]));
  });

  it('the quick routine starts from the prompt, through More routines', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(0) }));
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'More routines' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Quick routine · 2 min' }));
    expect(await screen.findByRole('timer')).toBeTruthy();
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'startRoutine', variant: 'quick', source: 'popup' }]),
    );
  });
});
