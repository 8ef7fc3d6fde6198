import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { transition } from '@/src/core/schedule/transition';
import { STANDARD_DAY } from '@/tests/support/standard-day';
import { runDay } from '@/tests/support/work-day';
import { saveResult } from './support/results';

// From the simulated nine-hour day (tests/support/standard-day.ts): how often the worker is woken
// per hour the browser saw the user active or idle, and how fast the pure core runs.

it('engine: wakes and transitions per second', () => {
  const day = runDay(STANDARD_DAY);
  const w = day.wakes;

  // Replay every transition of the day, as recorded, many times over.
  const replay = day.driver.log.map((entry, i) => ({
    before: i === 0 ? entry.state : (day.driver.log[i - 1]?.state ?? entry.state),
    event: entry.event,
    at: entry.at,
  }));
  const ctx = {
    settings: STANDARD_DAY.settings,
    timeZone: STANDARD_DAY.timeZone,
    fullscreen: false,
    routine: null,
  };
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    for (const r of replay) transition(r.before, r.event, ctx, r.at);
    count += replay.length;
  }
  const seconds = (performance.now() - start) / 1000;

  saveResult('engine', {
    activeHours: w.activeHours,
    idleHours: w.idleHours,
    alarmWakesPerActiveHour: w.alarmsActive / w.activeHours,
    alarmWakesPerIdleHour: w.alarmsIdle / w.idleHours,
    allWakesPerActiveHour: (w.alarmsActive + w.idleEventsActive) / w.activeHours,
    allWakesPerIdleHour: (w.alarmsIdle + w.idleEventsIdle) / w.idleHours,
    transitionsInDay: day.transitions,
    transitionsPerSecond: count / seconds,
  });
});
