import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE } from '@/src/core/time';
import { refreshes, sent } from './fake-protocol';
import { advance } from './player-support';
import {
  day,
  engineState,
  renderApp,
  seedEngine,
  seedReturningUser,
  seedSettings,
  seedStats,
  settingsWith,
  storedSession,
  T0,
  TODAY,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

const env = useUiTestEnvironment();

describe('status: where the schedule stands', () => {
  it('counts down to the next neck break in active minutes, and asks the worker to refresh', async () => {
    await seedReturningUser(engineState({ neck: { status: 'counting', activeMs: 20 * MINUTE } }));
    renderApp();
    expect(await screen.findByText('Next neck break in')).toBeTruthy();
    expect(screen.getByText('40 min')).toBeTruthy();
    await vi.waitFor(() => expect(refreshes).toHaveLength(1));
  });

  it('shows hours and minutes for a long interval, whole hours alone, and "under 1 min" at the very end', async () => {
    await seedReturningUser(engineState({ neck: { status: 'counting', activeMs: 0 } }));
    await seedSettings(settingsWith({ neckBreak: { enabled: true, intervalMin: 90 } }));
    renderApp();
    expect(await screen.findByText('1 h 30 min')).toBeTruthy();
    cleanup();
    await seedEngine(engineState({ neck: { status: 'counting', activeMs: 30 * MINUTE } }));
    renderApp();
    expect(await screen.findByText('1 h')).toBeTruthy();
    cleanup();
    await seedEngine(engineState({ neck: { status: 'counting', activeMs: 90 * MINUTE - 20_000 } }));
    renderApp();
    expect(await screen.findByText('under 1 min')).toBeTruthy();
  });

  it('says until when a snoozed break waits', async () => {
    await seedReturningUser(
      engineState({
        neck: { status: 'snoozed', activeMs: 60 * MINUTE, snoozes: 1, until: T0 + 10 * MINUTE },
      }),
    );
    renderApp();
    expect(await screen.findByText(/^Break snoozed until /)).toBeTruthy();
  });

  it('while paused says until when, and offers Resume reminders (sent as resume)', async () => {
    await seedReturningUser(
      engineState({ mode: { kind: 'paused', since: T0, until: T0 + HOUR, preset: '1h' } }),
    );
    renderApp();
    expect(await screen.findByText(/^Reminders paused until /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'resume' }]));
  });

  it('a pause until resumed says so', async () => {
    await seedReturningUser(
      engineState({ mode: { kind: 'paused', since: T0, until: null, preset: 'indefinite' } }),
    );
    renderApp();
    expect(await screen.findByText('Reminders paused until you resume them')).toBeTruthy();
  });

  it('outside working hours and with neck breaks off, says why there is no countdown', async () => {
    await seedReturningUser(engineState({ inHours: false }));
    renderApp();
    expect(await screen.findByText('Outside your working hours. No reminders now.')).toBeTruthy();
    cleanup();
    await seedEngine(engineState());
    await seedSettings(settingsWith({ neckBreak: { enabled: false, intervalMin: 60 } }));
    renderApp();
    expect(await screen.findByText('Neck-break reminders are turned off.')).toBeTruthy();
  });

  it("shows today's screen time, routines against the goal and the current streak", async () => {
    await seedReturningUser();
    await seedStats({
      '2026-11-22': day({ routinesFull: 1 }),
      '2026-11-23': day({ routinesQuick: 2 }),
      [TODAY]: day({ activeMs: 2 * HOUR + 5 * MINUTE, routinesFull: 1 }),
    });
    renderApp();
    const today = await screen.findByRole('region', { name: 'Today' });
    const value = (label: string) =>
      within(today).getByText(label).parentElement?.querySelector('dd')?.textContent;
    expect(value('Screen time')).toBe('2 h 5 min');
    expect(value('Routines')).toBe('1 of 2');
    expect(value('Day streak')).toBe('3');
  });
});

describe('status: actions', () => {
  it('Pause reminders opens the five presets; one of them pauses the engine', async () => {
    await seedReturningUser();
    renderApp();
    const toggle = await screen.findByRole('button', { name: 'Pause reminders' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const presets = screen.getByRole('group', { name: 'Pause reminders for' });
    expect(
      within(presets)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow', 'Until I resume']);
    fireEvent.click(within(presets).getByRole('button', { name: 'Until tomorrow' }));
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'pause', preset: 'tomorrow' }]));
  });

  it.each([
    ['routine-running', 'A routine is already running.'],
    ['not-paused', 'Reminders are not paused.'],
    ['unreachable', "Nape's background is not answering. Please try again in a moment."],
    ['invalid-command', "That didn't work. Please try again."],
  ] as const)('says why when the engine refuses an action (%s)', async (error, message) => {
    const { answerWith } = await import('./fake-protocol');
    answerWith(() => ({ ok: false, error }));
    await seedReturningUser();
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Pause reminders' }));
    fireEvent.click(screen.getByRole('button', { name: '1 hour' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('Start routine asks the engine; once it runs the routine, the player shows and starts its session', async () => {
    await seedReturningUser();
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Start routine' }));
    expect(await screen.findByRole('timer')).toBeTruthy();
    expect(sent).toEqual([{ type: 'startRoutine', variant: 'full', source: 'popup' }]);
    await vi.waitFor(async () =>
      expect(await storedSession()).toMatchObject({
        variant: 'full',
        routineId: T0,
        startedAt: T0,
        pausedAt: null,
      }),
    );
  });

  it.each([
    ['refuses to start a routine', { ok: false, error: 'routine-running' }, 'A routine is already running.'],
    ['cannot be reached', { ok: false, error: 'unreachable' }, "Nape's background is not answering."],
  ] as const)('when the engine %s, the popup says so and runs no player', async (_, answer, message) => {
    const { answerWith } = await import('./fake-protocol');
    answerWith(() => answer);
    await seedReturningUser();
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Start routine' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    await advance(3000);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(await storedSession()).toBeUndefined();
  });

  it('Settings opens the options page', async () => {
    const open = vi.spyOn(env.browser(), 'openOptionsPage');
    await seedReturningUser();
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('marks the moment the status shows real data, for the startup benchmark', async () => {
    performance.clearMarks('nape:ready');
    await seedReturningUser();
    renderApp();
    await screen.findByText('40 min');
    await vi.waitFor(() => expect(performance.getEntriesByName('nape:ready')).toHaveLength(1));
  });
});
