import type { Command } from '@/src/core/schedule/events';
import type { Settings } from '@/src/core/settings/schema';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver } from './engine-driver';

// A simulated person at a desk, driving the pure engine the way the browser would: the idle API
// is emulated from their input (polled each second, like Chromium), the one wake alarm fires on
// the clock the engine sees, and nothing at all is delivered while the laptop sleeps.

export type Activity =
  | 'typing' // input every few seconds
  | 'reading' // input every 90 s: under the 120-s idle threshold
  | 'video' // a fullscreen video call with a touch of input every 100 s
  | 'away' // no input
  | 'locked'
  | 'asleep'; // the laptop sleeps: no events, no alarms

export interface Segment {
  /** Minutes after the start of the day. */
  from: number;
  to: number;
  what: Activity;
}

/** What the user does when a neck prompt appears: the nth prompt of the day (from 0). */
export type Response = { afterSec: number; command: Command | 'routine'; variant?: 'full' | 'quick' };

export interface DayScript {
  start: number;
  timeZone: string;
  settings: Settings;
  segments: Segment[];
  /** Wall-clock jumps: at `at` minutes (real time), the clock moves by `byMs`. */
  clockJumps: { at: number; byMs: number }[];
  responses: Record<number, Response>;
}

export interface TimelineEntry {
  /** Local wall time of the clock the engine saw, HH:MM:SS. */
  at: string;
  what: string;
}

export interface DayResult {
  driver: EngineDriver;
  timeline: TimelineEntry[];
  /**
   * Events that wake the worker, split by whether the browser saw the user active or idle (the
   * idle API's last report; a sleeping laptop is idle): the engine's own alarms (its periodic
   * cost) and idle-API changes (caused by the user coming and going).
   */
  wakes: {
    alarmsActive: number;
    alarmsIdle: number;
    idleEventsActive: number;
    idleEventsIdle: number;
    activeHours: number;
    idleHours: number;
  };
  transitions: number;
}

const INPUT_EVERY_S: Partial<Record<Activity, number>> = { typing: 5, reading: 90, video: 100 };
const ROUTINE_MS = { full: 5 * MINUTE, quick: 2 * MINUTE };

export function runDay(script: DayScript): DayResult {
  const end = Math.max(...script.segments.map((s) => s.to)) * MINUTE;
  let clockOffset = 0;
  const engineNow = (real: number) => script.start + real + clockOffset;
  const driver = new EngineDriver({
    start: engineNow(0),
    settings: script.settings,
    timeZone: script.timeZone,
  });
  const timeline: TimelineEntry[] = [];
  const fmt = (t: number) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: script.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(t);
  const wakes = {
    alarmsActive: 0,
    alarmsIdle: 0,
    idleEventsActive: 0,
    idleEventsIdle: 0,
    activeHours: 0,
    idleHours: 0,
  };
  let lastInput = 0;
  let reported: 'active' | 'idle' | 'locked' = 'active';
  let promptCount = 0;
  const pending: { at: number; run: () => void }[] = [];
  const jumps = [...script.clockJumps];

  const segmentAt = (real: number) =>
    script.segments.find((s) => real >= s.from * MINUTE && real < s.to * MINUTE)?.what ?? 'away';

  const deliver = (real: number, event: Parameters<EngineDriver['send']>[0], userActive: boolean) => {
    const before = driver.log.length;
    driver.send(event, engineNow(real));
    if (event.type === 'wake') wakes[userActive ? 'alarmsActive' : 'alarmsIdle']++;
    if (event.type === 'idleChanged') wakes[userActive ? 'idleEventsActive' : 'idleEventsIdle']++;
    for (const entry of driver.log.slice(before)) {
      for (const e of entry.effects) {
        if (e.type === 'notifyNeck') {
          timeline.push({
            at: fmt(entry.at),
            what: e.atLimit ? 'neck prompt (no snooze left)' : `neck prompt (snooze ${e.snoozeMin})`,
          });
          const response = script.responses[promptCount++];
          if (response) pending.push({ at: real + response.afterSec * SECOND, run: () => respond(response) });
        } else if (e.type === 'notifyPosture') {
          timeline.push({ at: fmt(entry.at), what: 'posture check' });
        } else if (e.type === 'stats' && e.delta.naturalBreaks) {
          timeline.push({ at: fmt(entry.at), what: 'natural break' });
        }
      }
      if (entry.error) timeline.push({ at: fmt(entry.at), what: `refused: ${entry.error}` });
    }
  };

  let realNow = 0;
  const respond = (r: Response) => {
    if (r.command !== 'routine') {
      timeline.push({
        at: fmt(engineNow(realNow)),
        what: `user: ${r.command.type}${r.command.type === 'snooze' ? ` ${r.command.minutes}` : ''}`,
      });
      deliver(realNow, r.command, true);
      return;
    }
    const variant = r.variant ?? 'full';
    timeline.push({ at: fmt(engineNow(realNow)), what: `user: ${variant} routine` });
    deliver(realNow, { type: 'startRoutine', variant, source: 'notification' }, true);
    pending.push({
      at: realNow + ROUTINE_MS[variant],
      run: () => deliver(realNow, driver.ended(1), true),
    });
  };

  for (realNow = 0; realNow <= end; realNow += SECOND) {
    const what = segmentAt(realNow);
    // Active or idle as the browser sees it: the idle API's last report (asleep counts as idle).
    const userActive = what !== 'asleep' && reported === 'active';
    if (userActive) wakes.activeHours += SECOND / HOUR;
    else wakes.idleHours += SECOND / HOUR;
    if (what === 'asleep') continue;

    while (jumps[0] && realNow >= jumps[0].at * MINUTE) {
      const j = jumps.shift() as { at: number; byMs: number };
      clockOffset += j.byMs;
      timeline.push({
        at: fmt(engineNow(realNow)),
        what: `clock jumps ${j.byMs > 0 ? '+' : ''}${j.byMs / MINUTE} min`,
      });
    }
    const every = INPUT_EVERY_S[what];
    if (every && Math.round(realNow / SECOND) % every === 0) lastInput = realNow;
    driver.fullscreen = what === 'video';

    // The idle API, as Chromium computes it each second from the last input.
    const detectionMs = driver.state.activity.detectionSec * SECOND;
    const state = what === 'locked' ? 'locked' : realNow - lastInput >= detectionMs ? 'idle' : 'active';
    if (state !== reported) {
      reported = state;
      deliver(realNow, { type: 'idleChanged', state }, userActive);
    }
    if (driver.wakeAt !== null && engineNow(realNow) >= driver.wakeAt)
      deliver(realNow, { type: 'wake' }, userActive);
    for (const p of pending.filter((x) => x.at <= realNow)) {
      pending.splice(pending.indexOf(p), 1);
      p.run();
    }
  }
  return { driver, timeline, wakes, transitions: driver.log.length };
}
