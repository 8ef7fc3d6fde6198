import { getVariant } from '@/src/content/variants';
import { GET_READY_MS, reopen, startSession, stop, tick } from '@/src/core/routine';
import type { RoutineSession } from '@/src/core/routine/session';
import type { Command, Effect, EngineEvent, EventContext } from '@/src/core/schedule/events';
import { type EngineState, initialState } from '@/src/core/schedule/state';
import { needsIdleState, transition } from '@/src/core/schedule/transition';
import { defaultSettings, type Settings } from '@/src/core/settings/schema';
import { applyAllStats, emptyStats, routinesOn, type Stats } from '@/src/core/stats/day-stats';
import { dayKey, MINUTE, SECOND } from '@/src/core/time';
import type { SettingsPatch } from '@/tests/support/settings';
import { type Activity, browserRuns, type Segment, User } from './user';

// A simulated day in the life: a person (user.ts) in front of an emulated browser, driving the pure
// engine exactly as the background pipeline does. The browser here:
// - reports idle-API changes computed from the person's input and the detection interval the
//   engine last set (re-evaluated at once when the engine changes it), idle back-dated by the
//   measured idle time as the adapter measures it; `locked` while the screen is locked; a click
//   (a prompt's button, the popup) is input, reported just after its command reached the worker;
// - fires the engine's one wake alarm on the clock the engine sees, late after a sleep, never
//   while the laptop sleeps or the browser is closed; reopening the browser starts a fresh worker
//   and empties storage.session (the player's session);
// - runs the popup's player: it starts its session when the engine runs a routine, ticks it while
//   on screen (not while the machine sleeps: on waking, the overdue alarm runs first), and ends the
//   routine with the share really practised; an end sent as the lid closes arrives on waking.
// Nothing here decides anything the engine decides: it only reports what it saw.

export type RoutinePlay = {
  variant: 'full' | 'quick';
  /** Where it is started: the popup's button, or a notification (its button or its body). */
  source: 'popup' | 'notification';
  /** How long the player stays on screen; the whole routine by default. */
  playSec?: number;
  /** At the end of playSec: finish (Stop, or Done at the end), or close the popup and never come back. */
  afterwards?: 'finish' | 'close';
};

/** What the person does with a neck prompt, some seconds after it appears. */
export type Reaction = { afterSec: number } & (
  | { skip: true }
  | { snooze: number }
  | { routine: RoutinePlay }
  | { command: Command }
);

/** Something that happens at a minute of the day (real time). */
export type Happening = { at: number } & (
  | { settings: SettingsPatch }
  | { timeZone: string }
  /** The computer's clock is set by this many minutes (not real time passing). */
  | { clockJumpMin: number }
  | { command: Command }
  | { routine: RoutinePlay }
);

export interface Scenario {
  /** The real instant of minute 0. */
  start: number;
  timeZone: string;
  settings?: Settings;
  segments: Segment[];
  happenings?: Happening[];
  /** By prompt number (0 = the day's first neck prompt); unlisted prompts are ignored. */
  onPrompt?: Record<number, Reaction>;
  /** The adapter measures idle time; off, it falls back to the detection interval (older browsers). */
  measureIdle?: boolean;
}

export interface Seen {
  /** The engine's clock. */
  time: number;
  /** The zone of the moment, for `World.clock`. */
  timeZone: string;
  what: string;
}

/** Checked after every transition; throws to fail the day. */
export type Invariant = (w: World, step: Step) => void;

export interface Step {
  /** The engine's clock at the event. */
  time: number;
  event: EngineEvent;
  /** What the pipeline read from the browser for it. */
  ctx: EventContext;
  before: EngineState;
  after: EngineState;
  effects: Effect[];
  error?: string;
}

export class World {
  readonly user: User;
  readonly scenario: Scenario;
  settings: Settings;
  timeZone: string;
  /** Real ms since minute 0. */
  t = 0;
  clockOffset = 0;
  /** Minutes the clock was set forward, all told. */
  forwardJumpsMs = 0;
  state: EngineState;
  stats: Stats = emptyStats();
  /** Screen time per day as the deltas add up, before any clamping: never negative on a correct engine. */
  readonly rawActiveByDay = new Map<string, number>();
  /** Real time spent on each local day key (by the clock and zone of the moment). */
  readonly wallByDay = new Map<string, number>();
  wakeAt: number | null = null;
  detectionSec: number;
  reported: 'active' | 'idle' | 'locked' = 'active';
  readonly seen: Seen[] = [];
  readonly badges: { time: number; text: string }[] = [];
  readonly prompts: number[] = [];
  readonly postureChecks: { time: number; intervalMin: number }[] = [];
  readonly naturalBreaks: number[] = [];
  /**
   * When a routine's player was on screen while the engine ran it (world time; `to` null while it
   * still is): time away then is the routine itself, not a natural break (invariants.ts).
   */
  readonly routinesLive: { from: number; to: number | null }[] = [];
  readonly transitions: Step[] = [];
  neckOnScreen = false;
  eveningOnScreen = false;
  /** Transitions so far. */
  steps = 0;
  /**
   * What wakes the worker, split by whether the browser saw the user active (its last idle report)
   * or not (idle, locked, asleep, browser closed): the engine's own alarms (its periodic cost) and
   * idle-API changes (the user coming and going), with the hours spent each way.
   */
  readonly wakes = {
    alarmsActive: 0,
    alarmsIdle: 0,
    idleEventsActive: 0,
    idleEventsIdle: 0,
    activeMs: 0,
    idleMs: 0,
  };
  session: RoutineSession | null = null;
  playerOpen = false;
  /** The player's page is suspended with the machine: no ticks until it runs again. */
  private pageSuspended = false;
  /** What the pages sent that the worker has not handled yet (the machine slept first). */
  private readonly outbox: Command[] = [];
  keepSteps = false;
  private readonly invariants: Invariant[];
  private readonly pending: { at: number; run: () => void }[] = [];
  private readonly happenings: Happening[];
  private promptCount = 0;
  private playerEndsAt: number | null = null;
  private playerThen: 'finish' | 'close' = 'finish';
  private readonly startDay: string;
  /** Wall-time accounting runs up to here. */
  private wallTo = 0;

  constructor(scenario: Scenario, invariants: Invariant[] = []) {
    this.scenario = scenario;
    this.user = new User(scenario.segments);
    this.settings = structuredClone(scenario.settings ?? defaultSettings());
    this.timeZone = scenario.timeZone;
    this.happenings = [...(scenario.happenings ?? [])].sort((a, b) => a.at - b.at);
    this.invariants = invariants;
    this.startDay = dayKey(scenario.start, scenario.timeZone);
    this.state = initialState(this.now, this.settings.activity.idleThresholdSec, this.timeZone);
    this.detectionSec = this.state.activity.detectionSec;
  }

  /** The clock the engine sees. */
  get now(): number {
    return this.scenario.start + this.t + this.clockOffset;
  }

  get activity(): Activity {
    return this.user.at(this.t);
  }

  run(): this {
    this.deliver({ type: 'started', ...this.idleReport() });
    for (let moments = 0; ; moments++) {
      const next = this.nextMoment();
      if (next >= this.user.end) break;
      // A day has a few thousand moments at most; far more means the simulation itself is stuck.
      if (moments > 200_000)
        throw new Error(`simulation stuck at minute ${this.t / MINUTE}: ${this.debug()}`);
      this.advanceTo(next);
      this.handleMoment();
    }
    this.advanceTo(this.user.end);
    return this;
  }

  debug(): string {
    return JSON.stringify({
      t: this.t,
      activity: this.activity,
      reported: this.reported,
      truth: this.truth(),
      detectionSec: this.detectionSec,
      wakeAt: this.wakeAt === null ? null : this.wakeAt - this.now,
      lastInput: this.user.lastInput(this.t) - this.t,
      nextInput: this.user.nextInput(this.t) - this.t,
      nextSilence: this.user.nextSilence(this.t, this.detectionSec * SECOND) - this.t,
      boundary: this.user.nextBoundary(this.t) - this.t,
      pending: this.pending.map((p) => p.at - this.t),
    });
  }

  // ── time ──────────────────────────────────────────────────────────────────────────────────

  private advanceTo(t: number): void {
    const seenActive = browserRuns(this.activity) && this.reported === 'active';
    this.wakes[seenActive ? 'activeMs' : 'idleMs'] += t - this.t;
    // Wall time per day key, a minute at a time (enough for a bound with slack).
    while (this.wallTo < t) {
      const step = Math.min(MINUTE, t - this.wallTo);
      const key = dayKey(this.scenario.start + this.wallTo + this.clockOffset, this.timeZone);
      this.wallByDay.set(key, (this.wallByDay.get(key) ?? 0) + step);
      this.wallTo += step;
    }
    this.t = t;
  }

  private nextMoment(): number {
    const t = this.t;
    const times = [this.user.nextBoundary(t)];
    const h = this.happenings[0];
    if (h) times.push(Math.max(t + 1, Math.round(h.at * MINUTE)));
    if (browserRuns(this.activity)) {
      // The person acts only at a running browser (what they meant to do meanwhile waits).
      for (const p of this.pending) times.push(Math.max(t + 1, p.at));
      if (this.playerEndsAt !== null) times.push(Math.max(t + 1, this.playerEndsAt));
      if (this.wakeAt !== null)
        times.push(Math.max(t + 1, this.wakeAt - this.scenario.start - this.clockOffset));
      const change = this.nextIdleChange();
      if (change !== null) times.push(Math.max(t + 1, change));
    }
    return Math.min(...times);
  }

  /** When the idle API's answer will next differ from what it last reported (while nothing else happens). */
  private nextIdleChange(): number | null {
    if (this.reported === 'locked' || this.activity === 'locked') return null;
    if (this.reported === 'active') return this.user.nextSilence(this.t, this.detectionSec * SECOND);
    return this.user.nextInput(this.t);
  }

  // ── one moment ────────────────────────────────────────────────────────────────────────────

  /** The browser was closed (and not started again yet). */
  private browserClosed = false;

  private handleMoment(): void {
    const is = this.activity;
    if (is === 'closed') this.browserClosed = true;
    if (!browserRuns(is)) {
      if (this.playerOpen && !this.pageSuspended) this.suspendPage();
      // Asleep or closed: only the world moves on (scripted changes to settings apply on return).
      this.runHappenings(false);
      return;
    }
    if (this.browserClosed) {
      // A fresh browser: storage.session is gone, a message in flight died with the old worker,
      // and the worker starts.
      this.browserClosed = false;
      this.session = null;
      this.playerOpen = false;
      this.trackLive();
      this.outbox.length = 0;
      this.deliver({ type: 'started', ...this.idleReport() });
    }
    this.runHappenings(true);
    if (this.wakeAt !== null && this.now >= this.wakeAt) {
      // As the pipeline does: after a long silence the wake carries the idle state.
      if (needsIdleState(this.state, this.now)) this.deliver({ type: 'wake', ...this.idleReport() });
      else this.deliver({ type: 'wake' });
    }
    this.reportIdleChange();
    // Only now does the page run again, and the worker handle what it sent before the sleep.
    this.pageSuspended = false;
    this.trackLive();
    for (const cmd of this.outbox.splice(0)) {
      this.note(`the worker gets the ${cmd.type} sent before the sleep`);
      this.deliver(cmd);
    }
    for (const p of this.pending.filter((x) => x.at <= this.t)) {
      this.pending.splice(this.pending.indexOf(p), 1);
      p.run();
    }
    if (this.playerEndsAt !== null && this.t >= this.playerEndsAt) this.endPlay();
  }

  /** Opens or closes the current live stretch of a routine as its player shows or stops showing. */
  private trackLive(): void {
    const live = this.playerOpen && !this.pageSuspended && this.state.mode.kind === 'routine';
    const last = this.routinesLive[this.routinesLive.length - 1];
    const open = last !== undefined && last.to === null;
    if (live && !open) this.routinesLive.push({ from: this.t, to: null });
    if (!live && open) last.to = this.t;
  }

  /**
   * The machine sleeps (or the browser closes) under the player: the page ran up to this instant,
   * so a Stop or Done at this very moment is done (its message waits for the wake), and its last
   * tick is now. On waking, the engine's overdue alarm runs before the page ticks again.
   */
  private suspendPage(): void {
    if (this.playerEndsAt !== null && this.t >= this.playerEndsAt) this.endPlay();
    if (this.session && this.playerOpen) this.session = tick(this.session, this.now);
    this.pageSuspended = true;
    this.trackLive();
  }

  private runHappenings(running: boolean): void {
    while (this.happenings[0] && Math.round(this.happenings[0].at * MINUTE) <= this.t) {
      const h = this.happenings.shift() as Happening;
      if ('settings' in h) {
        // A new object, as storage hands out: each transition keeps the settings it was given.
        const previous = this.settings;
        const next = structuredClone(this.settings);
        for (const [group, values] of Object.entries(h.settings)) {
          Object.assign(next[group as keyof Settings], values);
        }
        this.settings = next;
        this.note('settings changed');
        if (running) this.deliver({ type: 'settingsChanged', previous });
      } else if ('timeZone' in h) {
        this.timeZone = h.timeZone;
        this.note(`time zone now ${h.timeZone}`);
      } else if ('clockJumpMin' in h) {
        this.clockOffset += h.clockJumpMin * MINUTE;
        if (h.clockJumpMin > 0) {
          // Time the engine's clock lived that no one did: the engine cannot tell it from real time.
          this.forwardJumpsMs += h.clockJumpMin * MINUTE;
          const key = dayKey(this.now, this.timeZone);
          this.wallByDay.set(key, (this.wallByDay.get(key) ?? 0) + h.clockJumpMin * MINUTE);
        }
        this.note(`clock set ${h.clockJumpMin > 0 ? '+' : ''}${h.clockJumpMin} min`);
      } else if (this.cannotClick()) {
        // Scripted for a moment the person cannot click (random days have them): it does not happen.
      } else if ('command' in h) {
        if (running) this.userCommand(h.command);
      } else if (running) this.startRoutine(h.routine);
    }
  }

  // ── the emulated idle API ─────────────────────────────────────────────────────────────────

  /** What the idle API would answer now at the engine's detection interval. */
  truth(): 'active' | 'idle' | 'locked' {
    if (this.activity === 'locked') return 'locked';
    return this.t - this.user.lastInput(this.t) >= this.detectionSec * SECOND ? 'idle' : 'active';
  }

  private idleReport(): { idle: 'active' | 'idle' | 'locked'; idleForMs?: number } {
    const idle = this.truth();
    this.reported = idle;
    return idle === 'idle' ? { idle, ...this.measured() } : { idle };
  }

  /** The adapter's measurement: whole seconds since the last input. */
  private measured(): { idleForMs?: number } {
    if (this.scenario.measureIdle === false) return {};
    const ms = this.t - this.user.lastInput(this.t);
    return Number.isFinite(ms) ? { idleForMs: Math.floor(ms / SECOND) * SECOND } : {};
  }

  private reportIdleChange(): void {
    const now = this.truth();
    if (now === this.reported) return;
    this.reported = now;
    this.deliver({ type: 'idleChanged', state: now, ...(now === 'idle' ? this.measured() : {}) });
  }

  // ── the person ────────────────────────────────────────────────────────────────────────────

  private react(r: Reaction): void {
    if (this.cannotClick()) return;
    if ('skip' in r) this.userCommand({ type: 'skip' });
    else if ('snooze' in r) this.userCommand({ type: 'snooze', minutes: r.snooze });
    else if ('command' in r) this.userCommand(r.command);
    else this.startRoutine(r.routine);
  }

  /** Nobody clicks on a locked screen: an action scripted for then is noted and dropped. */
  private cannotClick(): boolean {
    if (this.activity !== 'locked') return false;
    this.note('user: cannot click, the screen is locked');
    return true;
  }

  userCommand(cmd: Command): void {
    this.note(`user: ${cmd.type}${cmd.type === 'snooze' ? ` ${cmd.minutes}` : ''}`);
    this.click(cmd);
  }

  /**
   * The person clicks (a prompt's button, the popup): that is input, which the idle API reports a
   * moment after the command has reached the worker (it polls; the click's event comes at once).
   */
  private click(cmd: Command): Step {
    // The player's end of a routine is sent by the page (at Done, or as it finishes by itself), so
    // it is not input, as the engine takes it (a routine done hands off stays hands off).
    if (cmd.type !== 'routineEnded') this.user.click(this.t);
    const step = this.deliver(cmd);
    if (browserRuns(this.activity)) this.reportIdleChange();
    return step;
  }

  private startRoutine(play: RoutinePlay): void {
    this.note(`user: ${play.variant} routine`);
    const step = this.click({ type: 'startRoutine', variant: play.variant, source: play.source });
    if (step.error) return;
    const mode = this.state.mode;
    if (mode.kind !== 'routine') return;
    this.session = startSession(
      getVariant(play.variant, this.settings.routine.mine),
      this.now,
      mode.startedAt,
    );
    this.playerOpen = true;
    this.trackLive();
    const whole = getVariant(play.variant, this.settings.routine.mine).totalMs + GET_READY_MS;
    this.playerEndsAt = this.t + (play.playSec !== undefined ? play.playSec * SECOND : whole);
    this.playerThen = play.afterwards ?? 'finish';
  }

  private endPlay(): void {
    this.playerEndsAt = null;
    if (!this.session || !this.playerOpen) return;
    // A player on screen ticks every second (the engine reads the ticks only at its events): its
    // last tick is this moment, whether the user ends the routine or closes the popup.
    const s = tick(this.session, this.now);
    this.session = s;
    if (this.playerThen === 'close') {
      this.note('user: closes the popup mid-routine');
      this.playerOpen = false;
      this.trackLive();
      return;
    }
    // The page reports the share done and deletes its session. Its message reaches the worker at
    // once, or on waking if the machine sleeps at this very moment: then after the engine may
    // have given up on the routine, which must still count what was done.
    const { fraction } = stop(
      reopen(s, this.now),
      getVariant(s.variant, this.settings.routine.mine),
      this.now,
    );
    this.note(`user: ends the routine, ${Math.round(fraction * 100)}% done`);
    this.playerOpen = false;
    this.trackLive();
    this.session = null;
    const ended: Command = { type: 'routineEnded', startedAt: s.routineId, fraction };
    if (browserRuns(this.activity)) this.click(ended);
    else this.outbox.push(ended);
  }

  // ── the pipeline ──────────────────────────────────────────────────────────────────────────

  protected seenActiveBefore(event: EngineEvent): boolean {
    // An idle report has already updated `reported`: the state before it is the other one.
    if (event.type === 'idleChanged') return event.state !== 'active';
    return this.reported === 'active';
  }

  private routineContext(): EventContext['routine'] {
    const m = this.state.mode;
    const visible = this.playerOpen && !this.pageSuspended;
    if (this.session && visible && m.kind === 'routine' && m.startedAt === this.session.routineId) {
      this.session = tick(this.session, this.now);
    }
    if (!this.session || m.kind !== 'routine' || this.session.routineId !== m.startedAt) return null;
    return { session: this.session, plan: getVariant(this.session.variant, this.settings.routine.mine) };
  }

  deliver(event: EngineEvent): Step {
    const ctx: EventContext = {
      settings: this.settings,
      timeZone: this.timeZone,
      fullscreen: this.activity === 'video',
      routine: this.routineContext(),
      routinesToday: routinesOn(this.stats.days[dayKey(this.now, this.timeZone)]),
    };
    const before = this.state;
    const r = transition(before, event, ctx, this.now);
    this.steps++;
    if (event.type === 'wake' || event.type === 'idleChanged') {
      const kind = event.type === 'wake' ? 'alarms' : 'idleEvents';
      // Whether the user was active as the browser saw it before this event.
      this.wakes[`${kind}${this.seenActiveBefore(event) ? 'Active' : 'Idle'}`]++;
    }
    const step: Step = {
      time: this.now,
      event,
      ctx,
      before,
      after: r.state,
      effects: r.effects,
      ...(r.error ? { error: r.error } : {}),
    };
    if (r.error) {
      this.note(`refused: ${r.error}`);
    } else {
      this.state = r.state;
      const wasOnScreen = this.neckOnScreen;
      this.apply(r.effects);
      // The engine removed a prompt the user had not answered (what the user did says itself).
      if (wasOnScreen && !this.neckOnScreen && !USER_ANSWERS.has(event.type))
        this.note('neck prompt taken down');
      if (
        before.mode.kind === 'routine' &&
        r.state.mode.kind !== 'routine' &&
        event.type !== 'routineEnded'
      ) {
        this.note('routine given up');
        if (this.playerOpen) this.playerOpen = false;
      }
    }
    this.trackLive();
    if (this.keepSteps) this.transitions.push(step);
    for (const check of this.invariants) check(this, step);
    // A new idle threshold is applied by the browser at once: a report may follow this event.
    if (r.effects.some((e) => e.type === 'idleInterval') && browserRuns(this.activity))
      this.reportIdleChange();
    return step;
  }

  private apply(effects: Effect[]): void {
    const deltas: { day: string; delta: { activeMs?: number } }[] = [];
    for (const e of effects) {
      switch (e.type) {
        case 'wakeAt':
          this.wakeAt = e.at;
          break;
        case 'idleInterval':
          this.detectionSec = e.seconds;
          break;
        case 'badge':
          this.badge(e.text);
          break;
        case 'stats':
          deltas.push(e);
          if (e.delta.activeMs)
            this.rawActiveByDay.set(e.day, (this.rawActiveByDay.get(e.day) ?? 0) + e.delta.activeMs);
          if (e.delta.naturalBreaks) {
            this.naturalBreaks.push(this.t);
            this.note('natural break');
          }
          break;
        case 'notifyNeck': {
          this.neckOnScreen = true;
          this.prompts.push(this.now);
          this.note(e.atLimit ? 'neck prompt (no snooze left)' : `neck prompt (snooze ${e.snoozeMin})`);
          const reaction = this.scenario.onPrompt?.[this.promptCount++];
          if (reaction)
            this.pending.push({ at: this.t + reaction.afterSec * SECOND, run: () => this.react(reaction) });
          break;
        }
        case 'notifyPosture':
          this.postureChecks.push({ time: this.now, intervalMin: this.settings.postureCheck.intervalMin });
          this.note('posture check');
          break;
        case 'clearNotification':
          if (e.kind === 'neck' && this.neckOnScreen) this.neckOnScreen = false;
          if (e.kind === 'evening' && this.eveningOnScreen) {
            this.eveningOnScreen = false;
            this.note('evening reminder taken down');
          }
          break;
        case 'notifyEvening':
          this.eveningOnScreen = true;
          this.note(`evening reminder (${e.done} of ${e.goal})`);
          break;
        case 'openRoutine':
          // The popup opens on the routine; the player starts its session (startRoutine did).
          break;
      }
    }
    this.stats = applyAllStats(this.stats, deltas);
  }

  private lastBadgeKind = '';

  private badge(text: string): void {
    this.badges.push({ time: this.now, text });
    const kind = /^\d/.test(text) ? 'minutes' : text.startsWith('z') ? 'snoozed' : text;
    if (kind === this.lastBadgeKind) return;
    this.lastBadgeKind = kind;
    this.note(`badge ${text === '' ? '(none)' : text}`);
  }

  note(what: string): void {
    this.seen.push({ time: this.now, timeZone: this.timeZone, what });
  }

  /** `HH:MM:SS` on the engine's clock in `timeZone` (the current one by default), `+1d ` on later days. */
  clock(time: number, timeZone = this.timeZone): string {
    const hms = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(time);
    const days = Math.round(
      (Date.parse(dayKey(time, timeZone)) - Date.parse(this.startDay)) / (24 * 60 * MINUTE),
    );
    return days === 0 ? hms : `${days > 0 ? '+' : ''}${days}d ${hms}`;
  }

  // ── reading the day ───────────────────────────────────────────────────────────────────────

  /** What the user saw, one line each: `HH:MM:SS what`, optionally only lines matching `only`. */
  timeline(only?: RegExp): string[] {
    return this.seen
      .filter((s) => !only || only.test(s.what))
      .map((s) => `${this.clock(s.time, s.timeZone)} ${s.what}`);
  }

  /** The badge as it read at a local `HH:MM` (on the start day) on the engine's clock. */
  badgeAt(hhmm: string): string | undefined {
    let text: string | undefined;
    for (const b of this.badges) {
      if (this.clock(b.time).slice(0, 5) > hhmm || this.clock(b.time).includes('d ')) break;
      text = b.text;
    }
    return text;
  }

  day(key: string) {
    return this.stats.days[key];
  }
}

/** Commands by which the user answers a prompt: the prompt goes because they did. */
const USER_ANSWERS = new Set<EngineEvent['type']>(['snooze', 'skip', 'startRoutine', 'pause']);

/** Plays a scenario through, checking the invariants after every transition. */
export const playDay = (scenario: Scenario, invariants: Invariant[] = []): World =>
  new World(scenario, invariants).run();
