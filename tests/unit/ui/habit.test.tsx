import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays } from '@/src/core/time';
import {
  day,
  renderApp,
  seedReturningUser,
  seedSettings,
  seedStats,
  settingsWith,
  TODAY,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

// The popup's daily-habit lines under today's numbers: when the evening reminder comes, and the
// 30-day course's day (its counting loads on demand), with its finish celebrated once.

const seedCourse = (start: string, celebrated = false) =>
  fakeBrowser.storage.sync.set({ course: { v: 1, start, celebrated } });

/** One routine on each of the `n` days before today. */
const daysDone = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [addDays(TODAY, -(i + 1)), day({ routinesFull: 1 })]),
  );

describe('the popup: the daily habit', () => {
  it('says when the evening reminder comes, only while it is on', async () => {
    await seedReturningUser();
    await seedSettings(settingsWith({ eveningReminder: { enabled: true, time: '19:00' } }));
    renderApp();
    expect(await screen.findByText('Evening routine at 19:00')).toBeTruthy();
    cleanup();
    await seedSettings(settingsWith({ eveningReminder: { enabled: false, time: '19:00' } }));
    renderApp();
    await screen.findByText('Next neck break in');
    expect(screen.queryByText(/Evening routine/)).toBeNull();
  });

  it('shows the course’s day: eleven days done, today not yet, is day 12 of 30', async () => {
    await seedReturningUser();
    await seedStats(daysDone(11));
    await seedCourse(addDays(TODAY, -11));
    renderApp();
    expect(await screen.findByText('Course: day 12 of 30')).toBeTruthy();
  });

  it('celebrates a finished course once, and offers a new one', async () => {
    await seedReturningUser();
    await seedStats(daysDone(30));
    await seedCourse(addDays(TODAY, -30));
    renderApp();
    expect(await screen.findByText(/You finished the 30-day course/)).toBeTruthy();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('course')).course).toMatchObject({ celebrated: true }),
    );
    cleanup();
    renderApp();
    await screen.findByText('Next neck break in');
    expect(screen.queryByText(/You finished the 30-day course/)).toBeNull();
  });

  it('a new course from the celebration starts today', async () => {
    await seedReturningUser();
    await seedStats(daysDone(30));
    await seedCourse(addDays(TODAY, -30));
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Start a new course' }));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('course')).course).toEqual({
        v: 1,
        start: TODAY,
        celebrated: false,
      }),
    );
    expect(await screen.findByText('Course: day 1 of 30')).toBeTruthy();
  });
});
