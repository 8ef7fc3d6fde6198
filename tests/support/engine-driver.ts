import { isDeepStrictEqual } from 'node:util';
import { getVariant } from '@/src/content/variants';
import { startSession, tick } from '@/src/core/routine';
import type { CommandError, Effect, EngineEvent, EventContext } from '@/src/core/schedule/events';
import { type EngineState, initialState } from '@/src/core/schedule/state';
import { EngineStateSchema } from '@/src/core/schedule/state-schema';
import { fullscreenMatters, transition } from '@/src/core/schedule/transition';
import { defaultSettings, type Settings } from '@/src/core/settings/schema';
import type { CounterName } from '@/src/core/stats/counters';

/** Tuesday 2026-11-24 09:00 in Berlin: the start of most scripted days. */
export const MONDAY_0900_BERLIN = Date.parse('2026-11-23T08:00:00Z');
export const TUESDAY_0900_BERLIN = Date.parse('2026-11-24T08:00:00Z');

export interface LogEntry {
  at: number;
  event: EngineEvent;
  effects: Effect[];
  error?: CommandError;
  state: EngineState;
}

export { settingsWith } from './settings';

/**
 * Drives the pure engine like the background pipeline does: it keeps the state, delivers events
 * at chosen times, and fires the one wake alarm whenever the clock passes it (as Chrome would).
 */
export class EngineDriver {
  state: EngineState;
  now: number;
  settings: Settings;
  timeZone = 'Europe/Berlin';
  fullscreen = false;
  wakeAt: number | null = null;
  /** The routine's context as the pipeline would read it (the player's session and plan). */
  routine: EventContext['routine'] = null;
  /** Routines done today as the pipeline reads them from the history (the evening reminder's goal check). */
  routinesToday = 0;
  /** A page shows the player: it starts the session of a routine the engine runs, and ticks it. */
  playerOpen = false;
  log: LogEntry[] = [];
  /** Validate every produced state against the schema (cheap enough for tests). */
  checkSchema = true;
  /**
   * Hold every transition to the rule that lets the pipeline skip the fullscreen query
   * (fullscreenMatters): without a prompt when windowed, the same result when fullscreen.
   */
  checkFullscreenRule = false;

  constructor(opts: { start?: number; settings?: Settings; timeZone?: string } = {}) {
    this.now = opts.start ?? TUESDAY_0900_BERLIN;
    this.settings = opts.settings ?? defaultSettings();
    if (opts.timeZone) this.timeZone = opts.timeZone;
    this.state = initialState(this.now, this.settings.activity.idleThresholdSec, this.timeZone);
    this.send({ type: 'started', idle: 'active' });
  }

  /** The player's end of the routine the engine runs (or last ran), as a page would send it. */
  ended(fraction: number): EngineEvent {
    const m = this.state.mode;
    const startedAt = m.kind === 'routine' ? m.startedAt : (this.state.lastRoutine?.startedAt ?? 0);
    return { type: 'routineEnded', startedAt, fraction };
  }

  get ctx(): EventContext {
    return {
      settings: this.settings,
      timeZone: this.timeZone,
      fullscreen: this.fullscreen,
      routine: this.routine,
      routinesToday: this.routinesToday,
    };
  }

  send(event: EngineEvent, at: number = this.now): LogEntry {
    this.now = at;
    this.tickPlayer();
    const r = transition(this.state, event, this.ctx, at);
    if (this.checkFullscreenRule) this.checkFullscreen(event, at);
    if (this.checkSchema) EngineStateSchema.parse(r.state);
    this.state = r.state;
    for (const e of r.effects) if (e.type === 'wakeAt') this.wakeAt = e.at;
    const entry: LogEntry = {
      at,
      event,
      effects: r.effects,
      state: r.state,
      ...(r.error ? { error: r.error } : {}),
    };
    this.log.push(entry);
    return entry;
  }

  private checkFullscreen(event: EngineEvent, at: number): void {
    const windowed = transition(this.state, event, { ...this.ctx, fullscreen: false }, at);
    if (fullscreenMatters(windowed)) return;
    const full = transition(this.state, event, { ...this.ctx, fullscreen: true }, at);
    if (!isDeepStrictEqual(full, windowed))
      throw new Error(`fullscreen changed a transition without a prompt: ${JSON.stringify({ event, at })}`);
  }

  /** What a visible player page writes: its session for the engine's routine, ticked to now. */
  private tickPlayer(): void {
    const m = this.state.mode;
    if (!this.playerOpen || m.kind !== 'routine') return;
    const current = this.routine?.session;
    const session =
      current && current.routineId === m.startedAt
        ? tick(current, this.now)
        : startSession(getVariant(m.variant, this.settings.routine.mine), this.now, m.startedAt);
    this.routine = { session, plan: getVariant(session.variant, this.settings.routine.mine) };
  }

  /** Lets time pass to `until`, firing the wake alarm each time it falls due. */
  runUntil(until: number): void {
    while (this.wakeAt !== null && this.wakeAt <= until)
      this.send({ type: 'wake' }, Math.max(this.now, this.wakeAt));
    this.now = until;
  }

  run(ms: number): void {
    this.runUntil(this.now + ms);
  }

  /** Moves the clock without delivering anything (sleep, a closed browser, a clock jump). */
  jump(ms: number): void {
    this.now += ms;
  }

  effects(type: Effect['type']): { at: number; effect: Effect }[] {
    return this.log.flatMap((l) =>
      l.effects.filter((e) => e.type === type).map((effect) => ({ at: l.at, effect })),
    );
  }

  neckPrompts(): number[] {
    return this.effects('notifyNeck').map((e) => e.at);
  }

  statsTotal(key: CounterName): number {
    let sum = 0;
    for (const { effect } of this.effects('stats'))
      if (effect.type === 'stats') sum += effect.delta[key] ?? 0;
    return sum;
  }
}
