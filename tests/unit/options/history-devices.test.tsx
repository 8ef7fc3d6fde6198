import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyStats, emptyStats } from '@/src/core/stats/day-stats';
import { packSummary } from '@/src/core/sync/pack';
import { addDays, HOUR } from '@/src/core/time';
import { fixedClock, renderOptions, summary } from './support';

// History shows the routines of all the user's devices, or of this one: the choice appears once
// another device's summary has arrived through storage.sync.

const today = fixedClock(Date.UTC(2026, 4, 3, 12));

async function seed() {
  const t = today();
  const local = applyStats(
    applyStats(emptyStats(), t, { routinesFull: 1, activeMs: 2 * HOUR }),
    addDays(t, -2),
    {
      routinesQuick: 1,
    },
  );
  // The other device did a routine on this device's days and on the day between them.
  const other = applyStats(applyStats(emptyStats(), t, { routinesQuick: 2 }), addDays(t, -1), {
    routinesFull: 1,
  });
  await fakeBrowser.storage.local.set({ stats: local, device: { id: 'thisthisthis' } });
  await fakeBrowser.storage.sync.set({
    'dev.thisthisthis': packSummary(local, t),
    'dev.otherotherother': packSummary(other, t),
  });
}

describe('history across devices', () => {
  it('counts every device by default, and this one alone on request', async () => {
    await seed();
    await renderOptions('history');
    const all = await screen.findByLabelText('All your devices');
    expect((all as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Routines on your other devices, in all: 3/)).toBeTruthy();
    // Three days in a row with a routine on some device: one streak, each day once.
    expect(summary('Current streak (days)')).toBe('3');
    expect(summary('Routines')).toBe('5');
    expect(summary('Screen time')).toBe('2 h');

    fireEvent.click(screen.getByLabelText('This device'));
    await waitFor(() => expect(summary('Routines')).toBe('2'));
    expect(summary('Current streak (days)')).toBe('1');
  });

  it('offers no choice while no other device has sent anything', async () => {
    await fakeBrowser.storage.local.set({ stats: applyStats(emptyStats(), today(), { routinesFull: 1 }) });
    await renderOptions('history');
    await screen.findByRole('img', { name: /^Routines per day/ });
    expect(screen.queryByLabelText('All your devices')).toBeNull();
  });

  it('shows a summary arriving from another device while open', async () => {
    await fakeBrowser.storage.local.set({ stats: applyStats(emptyStats(), today(), { routinesFull: 1 }) });
    await renderOptions('history');
    await screen.findByRole('img', { name: /^Routines per day/ });
    const other = applyStats(emptyStats(), today(), { routinesFull: 1 });
    await fakeBrowser.storage.sync.set({ 'dev.otherotherother': packSummary(other, today()) });
    await waitFor(() => expect(summary('Routines')).toBe('2'));
  });
});
