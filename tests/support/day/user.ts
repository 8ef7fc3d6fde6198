import { MINUTE, SECOND } from '@/src/core/time';

// The simulated person at the desk: what they do, minute by minute, and so when their hands touch
// the keyboard or mouse. Everything the emulated browser reports follows from this.

export type Activity =
  | 'typing' // input every 5 s
  | 'reading' // input every 90 s: under the default 120-s idle threshold
  | 'video' // a fullscreen video or call, a touch of input every 100 s
  | 'away' // gone from the desk: no input, the screen stays unlocked
  | 'locked' // the screen is locked (the idle API says `locked`)
  | 'asleep' // the laptop sleeps: nothing runs, alarms wait for the wake
  | 'closed'; // the browser is closed: nothing runs; reopening starts a fresh worker

export interface Segment {
  /** Minutes after the start of the day (real time, whatever the clock shows). */
  from: number;
  to: number;
  what: Activity;
}

const INPUT_EVERY_MS: Partial<Record<Activity, number>> = {
  typing: 5 * SECOND,
  reading: 90 * SECOND,
  video: 100 * SECOND,
};

/** Whether the browser runs at all (alarms fire, the idle API reports). */
export const browserRuns = (a: Activity) => a !== 'asleep' && a !== 'closed';

interface Span {
  from: number;
  to: number;
  what: Activity;
  every: number | undefined;
}

/** The user's day as a lookup: the activity at a time, and the input times around it. Times in ms. */
export class User {
  readonly end: number;
  private readonly spans: Span[];

  /**
   * Input that ends a lock, a sleep or a closed browser: unlocking, opening the lid, starting the
   * browser all take a touch of the keyboard or mouse, even if the person then walks away.
   */
  private readonly wakeInputs: number[];

  /** Clicks on a prompt's buttons or in the popup, as they happen: input like any other. */
  private readonly clicks: number[] = [];

  constructor(segments: readonly Segment[]) {
    this.spans = [...segments]
      .sort((a, b) => a.from - b.from)
      .map((s) => ({
        // Whole ms: a time like 09:19:50 is a fraction of a minute no float holds exactly, and input
        // times computed from an inexact start can land a hair past the instant asked about.
        from: Math.round(s.from * MINUTE),
        to: Math.round(s.to * MINUTE),
        what: s.what,
        every: INPUT_EVERY_MS[s.what],
      }));
    this.end = Math.max(0, ...this.spans.map((s) => s.to));
    this.wakeInputs = this.spans
      .filter((s, i) => {
        const next = this.spans[i + 1];
        const ended = s.what === 'locked' || s.what === 'asleep' || s.what === 'closed';
        // Waking to a lock screen is not input yet: unlocking it is.
        const usable = !next || next.from > s.to || (browserRuns(next.what) && next.what !== 'locked');
        return ended && usable && s.to < this.end;
      })
      .map((s) => s.to);
  }

  /** Index of the last span starting at or before `t`, or -1. */
  private startedBy(t: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Span).from <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** What the user does at `t`; outside every segment they are away, the browser open. */
  at(t: number): Activity {
    const s = this.spans[this.startedBy(t)];
    return s && t < s.to ? s.what : 'away';
  }

  /** The next time after `t` at which the activity may change, or Infinity. */
  nextBoundary(t: number): number {
    const i = this.startedBy(t);
    const here = this.spans[i];
    const next = this.spans[i + 1];
    const candidates = [
      here && here.to > t ? here.to : Number.POSITIVE_INFINITY,
      next?.from ?? Number.POSITIVE_INFINITY,
    ];
    return Math.min(...candidates);
  }

  /** The latest input at or before `t`, or -Infinity. */
  lastInput(t: number): number {
    let periodic = Number.NEGATIVE_INFINITY;
    for (let i = this.startedBy(t); i >= 0; i--) {
      const s = this.spans[i] as Span;
      if (!s.every) continue;
      periodic = s.from + Math.floor((Math.min(t, s.to - 1) - s.from) / s.every) * s.every;
      break;
    }
    let woke = Number.NEGATIVE_INFINITY;
    for (const w of this.wakeInputs) if (w <= t) woke = w;
    for (const c of this.clicks) if (c <= t) woke = Math.max(woke, c);
    return Math.max(periodic, woke);
  }

  /** The first input after `t`, or Infinity. */
  nextInput(t: number): number {
    let periodic = Number.POSITIVE_INFINITY;
    for (let i = Math.max(0, this.startedBy(t)); i < this.spans.length; i++) {
      const s = this.spans[i] as Span;
      if (!s.every || s.to <= t) continue;
      const next = t < s.from ? s.from : s.from + (Math.floor((t - s.from) / s.every) + 1) * s.every;
      if (next < s.to) {
        periodic = next;
        break;
      }
    }
    const woke = Math.min(
      this.wakeInputs.find((w) => w > t) ?? Number.POSITIVE_INFINITY,
      this.clicks.find((c) => c > t) ?? Number.POSITIVE_INFINITY,
    );
    return Math.min(periodic, woke);
  }

  /** The first time at or after `t` at which no input has come for `ms`. */
  nextSilence(t: number, ms: number): number {
    let last = this.lastInput(t);
    for (;;) {
      const silentAt = Math.max(t, last + ms);
      const next = this.nextInput(last);
      if (next > silentAt) return silentAt;
      // Input comes again first. Through a stretch of input more frequent than `ms`, jump to its last.
      const s = this.spans[this.startedBy(next)] as Span;
      last = s.every !== undefined && s.every < ms ? this.lastInput(s.to - 1) : next;
    }
  }

  /** The person clicks at `t` (a prompt's button, the popup): times only move forward. */
  click(t: number): void {
    this.clicks.push(t);
  }

  /** Whether a lock, sleep or closed browser begins in [from, to): when, and which. */
  firstBreakIn(from: number, to: number): { at: number; what: Activity } | null {
    for (let i = Math.max(0, this.startedBy(from)); i < this.spans.length; i++) {
      const s = this.spans[i] as Span;
      if (s.from >= to) break;
      if (s.to > from && (s.what === 'locked' || s.what === 'asleep' || s.what === 'closed')) {
        return { at: Math.max(s.from, from), what: s.what };
      }
    }
    return null;
  }
}
