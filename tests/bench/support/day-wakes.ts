import type { EngineEvent } from '@/src/core/schedule/events';
import { HOUR, SECOND } from '@/src/core/time';
import { scenario } from '@/tests/support/day/script';
import { STANDARD_DAY } from '@/tests/support/day/standard-day';
import { type Step, World } from '@/tests/support/day/world';

// Which of the day's worker wakes find the worker still running and which start a fresh one.
// Chrome stops an extension's service worker after 30 s without events; so an event 30 s or more
// after the previous one (or the first of the day) starts a fresh worker: a cold wake. Events the
// day does not model (a popup opened just to look) would keep a few more wakes warm.

/** Chrome's idle timeout for extension service workers. */
export const WORKER_IDLE_STOP_MS = 30 * SECOND;

/** Every event the worker receives, with the real time it came and how the browser saw the user. */
class RecordingWorld extends World {
  readonly delivered: { t: number; type: string; seenActive: boolean }[] = [];

  override deliver(event: EngineEvent): Step {
    this.delivered.push({ t: this.t, type: event.type, seenActive: this.seenActiveBefore(event) });
    return super.deliver(event);
  }
}

export interface DayWakes {
  activeHours: number;
  idleHours: number;
  /** Per hour the browser saw the user active (or not): events, and those that start a fresh worker. */
  perActiveHour: { events: number; alarms: number; fresh: number; warm: number };
  perIdleHour: { events: number; alarms: number; fresh: number; warm: number };
  assumption: string;
}

/** The bench's working day: tests/support/day/standard-day.ts played through the day world. */
export function dayWakes(): DayWakes {
  const w = new RecordingWorld(scenario(STANDARD_DAY)).run();
  const tally = { active: { events: 0, alarms: 0, fresh: 0 }, idle: { events: 0, alarms: 0, fresh: 0 } };
  let last = Number.NEGATIVE_INFINITY;
  for (const e of w.delivered) {
    const side = e.seenActive ? tally.active : tally.idle;
    side.events++;
    if (e.type === 'wake') side.alarms++;
    if (e.t - last >= WORKER_IDLE_STOP_MS) side.fresh++;
    last = e.t;
  }
  const activeHours = w.wakes.activeMs / HOUR;
  const idleHours = w.wakes.idleMs / HOUR;
  const per = (s: typeof tally.active, hours: number) => ({
    events: s.events / hours,
    alarms: s.alarms / hours,
    fresh: s.fresh / hours,
    warm: (s.events - s.fresh) / hours,
  });
  return {
    activeHours,
    idleHours,
    perActiveHour: per(tally.active, activeHours),
    perIdleHour: per(tally.idle, idleHours),
    assumption:
      'an event 30 s or more after the previous one starts a fresh worker (Chrome stops an idle one after 30 s); events the day does not model, like a popup opened just to look, are left out',
  };
}
