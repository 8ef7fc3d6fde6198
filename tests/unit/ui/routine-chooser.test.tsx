import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LONGER_AFTER_ROUTINES } from '@/src/core/routine/offers';
import { VARIANT_IDS, type VariantId } from '@/src/core/routine/plan';
import { applyStats, emptyStats } from '@/src/core/stats/day-stats';
import { packSummary } from '@/src/core/sync/pack';
import { sent } from './fake-protocol';
import {
  day,
  dueNeck,
  engineState,
  renderApp,
  seedReturningUser,
  seedSettings,
  seedStats,
  settingsWith,
  storedSession,
  TODAY,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

/** What each kind's button says: its name and its length. */
const LABEL: Record<VariantId, string> = {
  full: 'Full routine · 5 min',
  quick: 'Quick routine · 2 min',
  evening: 'Evening: neck and scalp · 5 min',
  longer: 'Longer session · 10 min',
  mine: 'My routine · 2 min',
};

/** A routine of the user's own that keeps the rules (posture first, stroking around the massage): 2 min. */
const MINE = [
  { step: 'ex-posture', seconds: 20 },
  { step: 'ms-stroke-open', seconds: 30 },
  { step: 'ms-rub', seconds: 40 },
  { step: 'ms-stroke-close', seconds: 30 },
];

/** Enough counted routines, in past days' history, to open the longer session. */
const seasoned = () =>
  seedStats({ '2026-11-20': day({ routinesFull: 2 }), '2026-11-21': day({ routinesQuick: 1 }) });

async function openList() {
  const toggle = await screen.findByRole('button', { name: 'More routines' });
  toggle.focus();
  fireEvent.click(toggle);
  return { toggle, list: await screen.findByRole('list') };
}

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('choosing a routine', () => {
  it('"More routines" is a closed disclosure next to Start routine; it opens a list of every kind with its length', async () => {
    await seedReturningUser();
    await seasoned();
    await seedSettings(settingsWith({ routine: { mine: MINE } }));
    renderApp();
    const toggle = await screen.findByRole('button', { name: 'More routines' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list')).toBeNull();
    const { list } = await openList();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(list.id);
    expect(names(list)).toEqual(VARIANT_IDS.map((id) => LABEL[id]));
  });

  it('Escape closes the list and puts the focus back on its button; the button opens and closes it', async () => {
    await seedReturningUser();
    renderApp();
    const { toggle, list } = await openList();
    const first = within(list).getAllByRole('button')[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('list')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    await screen.findByRole('list');
    fireEvent.click(toggle);
    expect(screen.queryByRole('list')).toBeNull();
    // Other keys leave it as it is.
    fireEvent.click(toggle);
    fireEvent.keyDown(await screen.findByRole('list'), { key: 'Tab' });
    expect(screen.getByRole('list')).toBeTruthy();
  });

  it.each(VARIANT_IDS.map((id) => [id]))(
    'starting %s from the list asks the engine for that kind, and its player starts',
    async (id) => {
      await seedReturningUser();
      await seasoned();
      await seedSettings(settingsWith({ routine: { mine: MINE } }));
      renderApp();
      const { list } = await openList();
      fireEvent.click(within(list).getByRole('button', { name: LABEL[id] }));
      expect(await screen.findByRole('timer')).toBeTruthy();
      expect(sent).toEqual([{ type: 'startRoutine', variant: id, source: 'popup' }]);
      await vi.waitFor(async () => expect((await storedSession())?.variant).toBe(id));
    },
  );

  it(`the longer session is listed but locked, with the reason, until ${LONGER_AFTER_ROUTINES} routines have counted`, async () => {
    await seedReturningUser();
    await seedStats({ [TODAY]: day({ routinesQuick: LONGER_AFTER_ROUTINES - 1 }) });
    renderApp();
    const { list } = await openList();
    const longer = within(list).getByRole('button', { name: LABEL.longer });
    expect(longer.getAttribute('aria-disabled')).toBe('true');
    const reason = `Opens after ${LONGER_AFTER_ROUTINES} routines. Done so far: ${LONGER_AFTER_ROUTINES - 1}.`;
    expect(document.getElementById(longer.getAttribute('aria-describedby') ?? '')?.textContent).toBe(reason);
    fireEvent.click(longer);
    expect(sent).toEqual([]);
    expect(screen.getByRole('list')).toBeTruthy();
  });

  it('the longer session opens with the routine that makes the count', async () => {
    await seedReturningUser();
    await seedStats({ [TODAY]: day({ routinesQuick: LONGER_AFTER_ROUTINES - 1, routinesFull: 1 }) });
    renderApp();
    const { list } = await openList();
    const longer = within(list).getByRole('button', { name: LABEL.longer });
    expect(longer.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(longer);
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'startRoutine', variant: 'longer', source: 'popup' }]),
    );
  });

  it('routines done on another device count toward opening the longer session', async () => {
    await seedReturningUser();
    await seedStats({ [TODAY]: day({ routinesQuick: 1 }) });
    const other = applyStats(emptyStats(), '2026-11-22', { routinesFull: LONGER_AFTER_ROUTINES - 1 });
    await fakeBrowser.storage.sync.set({ 'dev.otherotherother': packSummary(other, TODAY) });
    renderApp();
    const { list } = await openList();
    await vi.waitFor(() =>
      expect(
        within(list).getByRole('button', { name: LABEL.longer }).getAttribute('aria-disabled'),
      ).toBeNull(),
    );
  });

  it('"My routine" is listed only when one is saved', async () => {
    await seedReturningUser();
    renderApp();
    const { list } = await openList();
    expect(names(list)).not.toContain(LABEL.mine);
    expect(names(list)).toContain(LABEL.full);
  });

  it('Start routine starts the default kind, whichever it is', async () => {
    await seedReturningUser();
    await seedSettings(settingsWith({ routine: { defaultVariant: 'evening' } }));
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Start routine' }));
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'startRoutine', variant: 'evening', source: 'popup' }]),
    );
  });

  it('a due break offers the default routine and the same list', async () => {
    await seedReturningUser(engineState({ neck: dueNeck(0) }));
    await seedSettings(settingsWith({ routine: { defaultVariant: 'quick' } }));
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Time for a neck break' })).toBeTruthy();
    const { list } = await openList();
    fireEvent.click(within(list).getByRole('button', { name: LABEL.full }));
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'startRoutine', variant: 'full', source: 'popup' }]),
    );
  });
});
