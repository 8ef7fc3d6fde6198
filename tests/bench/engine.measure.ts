import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { transition } from '@/src/core/schedule/transition';
import { HOUR } from '@/src/core/time';
import { scenario } from '@/tests/support/day/script';
import { STANDARD_DAY } from '@/tests/support/day/standard-day';
import { World } from '@/tests/support/day/world';
import { saveResult } from './support/results';

// From the simulated nine-hour day (tests/support/day/standard-day.ts), played by the day world:
// how often the worker is woken per hour the browser saw the user active or idle, and how fast the
// pure core runs.

it('engine: wakes and transitions per second', () => {
  const day = new World(scenario(STANDARD_DAY));
  day.keepSteps = true;
  day.run();
  const w = day.wakes;
  const activeHours = w.activeMs / HOUR;
  const idleHours = w.idleMs / HOUR;

  // Replay every transition of the day, as recorded (each with what the browser reported for it),
  // many times over.
  const replay = day.transitions;
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    for (const r of replay) transition(r.before, r.event, r.ctx, r.time);
    count += replay.length;
  }
  const seconds = (performance.now() - start) / 1000;

  saveResult('engine', {
    activeHours,
    idleHours,
    alarmWakesPerActiveHour: w.alarmsActive / activeHours,
    alarmWakesPerIdleHour: w.alarmsIdle / idleHours,
    allWakesPerActiveHour: (w.alarmsActive + w.idleEventsActive) / activeHours,
    allWakesPerIdleHour: (w.alarmsIdle + w.idleEventsIdle) / idleHours,
    transitionsInDay: day.steps,
    transitionsPerSecond: count / seconds,
  });
});
