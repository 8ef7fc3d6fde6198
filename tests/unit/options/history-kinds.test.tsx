import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fixedClock, renderOptions, seedDaysAgo } from './support';

// History counts each routine by its kind: a column per kind in the table, the kinds in the
// routines chart's tooltips and under it in words.

const today = fixedClock(Date.UTC(2026, 4, 3, 12));

const seedKinds = () =>
  seedDaysAgo(today(), {
    1: { routinesFull: 1, routinesQuick: 2 },
    0: { routinesEvening: 1, routinesLonger: 1, routinesMine: 3 },
  });

describe('history by kind of routine', () => {
  it('the table has a column for every kind, each day counted under its kinds', async () => {
    await seedKinds();
    await renderOptions('history');
    const table = await screen.findByRole('table');
    const [head, first, second] = within(table).getAllByRole('row') as HTMLElement[];
    expect(
      within(head as HTMLElement)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Date', 'Screen time', 'Routines', 'Full', 'Quick', 'Evening', 'Longer', 'My routine']);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(first as HTMLElement)).toEqual(['0 min', '5', '0', '0', '1', '1', '3']);
    expect(cells(second as HTMLElement)).toEqual(['0 min', '3', '1', '2', '0', '0', '0']);
  });

  it('the routines chart says what its bars are made of, in words', async () => {
    await seedKinds();
    await renderOptions('history');
    const chart = await screen.findByRole('img', { name: /^Routines per day/ });
    const tooltips = [...chart.querySelectorAll('rect.chart-bar title')].map((t) => t.textContent);
    expect(tooltips.at(-1)).toMatch(/: 5 \(Evening 1, Longer 1, My routine 3\)$/);
    expect(tooltips.at(-2)).toMatch(/: 3 \(Full 1, Quick 2\)$/);
    expect(tooltips.at(-3)).toMatch(/: 0$/);
    const figure = chart.closest('figure') as HTMLElement;
    expect(within(figure).getByText(/^By kind:/).textContent).toBe(
      'By kind: Full 1, Quick 2, Evening 1, Longer 1, My routine 3.',
    );
  });

  it('a month counts the same kinds', async () => {
    await seedKinds();
    await renderOptions('history');
    fireEvent.click(await screen.findByLabelText('Last 30 days'));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(31);
  });
});
