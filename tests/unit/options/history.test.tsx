import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/src/core/time';
import { fixedClock, renderOptions, seedDaysAgo, seedSettings, settingsWith, summary } from './support';

const today = fixedClock(Date.UTC(2026, 4, 3, 12));

const seedHistory = () =>
  seedDaysAgo(today(), {
    10: { activeMs: 5 * HOUR, routinesFull: 4 },
    2: { activeMs: 2 * HOUR, routinesFull: 2 },
    1: { activeMs: 3 * HOUR + 20 * MINUTE, routinesQuick: 1, naturalBreaks: 2 },
    0: { activeMs: 45 * MINUTE, routinesFull: 1, routinesQuick: 1 },
  });

describe('history', () => {
  it('shows the last 7 days as two described charts, the streaks and the totals', async () => {
    await seedHistory();
    await seedSettings(settingsWith({ routine: { ...settingsWith({}).routine, dailyGoal: 2 } }));
    await renderOptions('history');
    const screenChart = await screen.findByRole('img', { name: /^Screen time per day/ });
    expect(screenChart.querySelector('title')?.textContent).toBe('Screen time per day');
    expect(screenChart.querySelector('desc')?.textContent).toContain('Total: 6 h 5 min.');
    expect(screenChart.querySelectorAll('rect.chart-bar')).toHaveLength(7);

    const routines = screen.getByRole('img', { name: /^Routines per day/ });
    expect(routines.querySelector('.chart-goal text')?.textContent).toBe('Goal 2');
    expect(routines.querySelector('desc')?.textContent).toContain('The goal was reached on 2 of these days.');

    expect(summary('Current streak (days)')).toBe('3');
    expect(summary('Best streak (days)')).toBe('3');
    expect(summary('Screen time')).toBe('6 h 5 min');
    expect(summary('Routines')).toBe('5');
    expect(summary('Natural breaks')).toBe('2');
  });

  it('has the numbers as a table too, newest day first', async () => {
    await seedHistory();
    await renderOptions('history');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    // Screen time, routines, then a column per kind (history-kinds.test.tsx): Full, Quick…
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 4),
    ).toEqual(['3 h 20 min', '1', '0', '1']);
  });

  it('switches to 30 days, which reach the older day', async () => {
    await seedHistory();
    await renderOptions('history');
    fireEvent.click(await screen.findByLabelText('Last 30 days'));
    const chart = await screen.findByRole('img', { name: /^Screen time per day/ });
    await waitFor(() => expect(chart.querySelectorAll('rect.chart-bar')).toHaveLength(30));
    expect(chart.querySelector('desc')?.textContent).toContain('Total: 11 h 5 min.');
  });

  it('with no history shows a friendly note instead of empty charts', async () => {
    await renderOptions('history');
    expect(await screen.findByText(/Nothing recorded for these days yet/)).toBeTruthy();
    expect(within(screen.getByRole('tabpanel')).queryByRole('img')).toBeNull();
  });

  it('follows new history as the engine records it', async () => {
    await renderOptions('history');
    await screen.findByText(/Nothing recorded/);
    await seedHistory();
    expect(await screen.findByRole('img', { name: /^Screen time per day/ })).toBeTruthy();
  });
});
