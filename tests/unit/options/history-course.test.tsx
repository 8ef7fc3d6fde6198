import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays } from '@/src/core/time';
import { fixedClock, renderOptions, seedDaysAgo, seedSettings, settingsWith } from './support';

// The 30-day course on the History tab: started there, its state in words, its days on a chart
// (done, missed, today, to go), and a broken course said as such with a new one offered.

const today = fixedClock(Date.UTC(2026, 4, 20, 12));

/** A routine on each day `offsets` days before today. */
const seedDone = (offsets: number[]) =>
  seedDaysAgo(today(), Object.fromEntries(offsets.map((o) => [o, { routinesFull: 1 }])));

describe('history: the 30-day course', () => {
  it('starts a course today from the History tab', async () => {
    await seedSettings(settingsWith());
    await renderOptions('history');
    fireEvent.click(await screen.findByRole('button', { name: 'Start a 30-day course' }));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('course')).course).toEqual({
        v: 1,
        start: today(),
        celebrated: false,
      }),
    );
    expect(await screen.findByText('Day 1 of 30')).toBeTruthy();
  });

  it('shows where it stands and its days on the chart: one missed day forgiven', async () => {
    await seedSettings(settingsWith());
    await seedDone([1, 2, 4, 5]); // five days ago it began; three days ago was missed
    await fakeBrowser.storage.sync.set({ course: { v: 1, start: addDays(today(), -5), celebrated: false } });
    await renderOptions('history');
    expect(await screen.findByText('Day 5 of 30')).toBeTruthy();
    expect(screen.getByText(/Missed days so far: 1/)).toBeTruthy();
    const chart = screen.getByRole('img', { name: /^The course, day by day/ });
    expect(chart.querySelectorAll('rect.course-cell--done')).toHaveLength(4);
    expect(chart.querySelectorAll('rect.course-cell--missed')).toHaveLength(1);
    expect(chart.querySelectorAll('rect.course-cell--today')).toHaveLength(1);
    // 30 counted days in all: 4 done, today, and 25 to go.
    expect(chart.querySelectorAll('rect.course-cell--ahead')).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /Start a/ })).toBeNull();
  });

  it('a second missed day within a week ends it, said as such, with a new course offered', async () => {
    await seedSettings(settingsWith());
    await seedDone([1, 3, 5]);
    await fakeBrowser.storage.sync.set({ course: { v: 1, start: addDays(today(), -5), celebrated: false } });
    await renderOptions('history');
    expect(await screen.findByText(/This course ended on .*, after 2 days/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a new course' })).toBeTruthy();
  });
});
