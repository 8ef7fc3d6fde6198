import { describe, expect, it } from 'vitest';
import { timedPlan } from '@/src/content/routines';
import { startSession } from '@/src/core/routine';
import { STALE_TICK_AFTER_MS } from '@/src/core/routine/lifecycle';
import type { CommandError } from '@/src/core/schedule/events';
import {
  decideShortcut,
  isShortcut,
  playerOnScreen,
  refusalOf,
  SHORTCUTS,
  type Shortcut,
  type ShortcutDecision,
} from '@/src/core/shortcuts/shortcuts';
import { MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// Which keyboard shortcut applies when. Each situation is reached by driving the real engine, and
// every shortcut that becomes a command is then sent to it: a shortcut does what the same click
// does, and one that does not apply changes nothing.

const counting = () => new EngineDriver();
const due = () => {
  const d = new EngineDriver();
  d.run(62 * MINUTE);
  return d;
};
const snoozed = () => {
  const d = due();
  d.send({ type: 'snooze', minutes: 10 });
  return d;
};
const atSnoozeLimit = () => {
  const d = new EngineDriver({ settings: settingsWith({ snooze: { maxPerBreak: 0 } }) });
  d.run(62 * MINUTE);
  return d;
};
const paused = () => {
  const d = new EngineDriver();
  d.send({ type: 'pause', preset: '1h' });
  return d;
};
const pausedWhileDue = () => {
  const d = due();
  d.send({ type: 'pause', preset: 'indefinite' });
  return d;
};
const inRoutine = () => {
  const d = due();
  d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
  return d;
};
const quickByDefault = () =>
  new EngineDriver({ settings: settingsWith({ routine: { defaultVariant: 'quick' } }) });

type Expected = ShortcutDecision['kind'] | `refused:${string}`;

const TABLE: [string, () => EngineDriver, Shortcut, Expected][] = [
  ['counting', counting, 'start-routine', 'command'],
  ['counting', counting, 'snooze-break', 'refused:nothing-due'],
  ['counting', counting, 'toggle-pause', 'command'],
  ['a break due', due, 'start-routine', 'command'],
  ['a break due', due, 'snooze-break', 'command'],
  ['a break due', due, 'toggle-pause', 'command'],
  ['a break snoozed', snoozed, 'snooze-break', 'refused:nothing-due'],
  ['paused', paused, 'start-routine', 'command'], // a routine ends a pause, as from the popup
  ['paused', paused, 'snooze-break', 'refused:paused'],
  ['paused', paused, 'toggle-pause', 'command'],
  ['paused with a break due', pausedWhileDue, 'snooze-break', 'refused:paused'],
  ['in a routine', inRoutine, 'start-routine', 'routine-running'],
  ['in a routine', inRoutine, 'snooze-break', 'refused:routine-running'],
  ['in a routine', inRoutine, 'toggle-pause', 'refused:routine-running'],
];

const kindOf = (d: ShortcutDecision): Expected => (d.kind === 'refused' ? `refused:${d.reason}` : d.kind);

describe('which shortcut applies when', () => {
  it.each(TABLE)('%s: %s → %s', (_, situation, shortcut, expected) => {
    const d = situation();
    const decision = decideShortcut(shortcut, d.state, d.settings);
    expect(kindOf(decision)).toBe(expected);
    if (decision.kind !== 'command') return;
    // The engine takes the command a shortcut becomes, whole.
    expect(d.send(decision.command).error).toBeUndefined();
  });

  it('covers every shortcut in every situation it names', () => {
    for (const s of SHORTCUTS) expect(TABLE.some(([, , shortcut]) => shortcut === s)).toBe(true);
  });

  it("start runs the user's default routine and opens its player, as a click on the prompt does", () => {
    for (const [situation, variant] of [
      [counting, 'full'],
      [quickByDefault, 'quick'],
    ] as const) {
      const d = situation();
      const decision = decideShortcut('start-routine', d.state, d.settings);
      if (decision.kind !== 'command') throw new Error('start should apply');
      const entry = d.send(decision.command);
      expect(d.state.mode).toMatchObject({ kind: 'routine', variant });
      expect(entry.effects).toContainEqual({ type: 'openRoutine' });
    }
  });

  it('start while paused ends the pause', () => {
    const d = paused();
    const decision = decideShortcut('start-routine', d.state, d.settings);
    if (decision.kind !== 'command') throw new Error('start should apply');
    d.send(decision.command);
    expect(d.state.mode.kind).toBe('routine');
  });

  it('snooze snoozes the due break by the length its prompt offered, and takes the prompt down', () => {
    const d = due();
    const offered = d.state.neck.status === 'due' ? d.state.neck.snoozeOfferedMin : undefined;
    expect(offered).toBe(10);
    const decision = decideShortcut('snooze-break', d.state, d.settings);
    if (decision.kind !== 'command') throw new Error('snooze should apply');
    const entry = d.send(decision.command);
    expect(d.state.neck).toMatchObject({ status: 'snoozed', until: d.now + 10 * MINUTE });
    expect(entry.effects).toContainEqual({ type: 'clearNotification', kind: 'neck' });
  });

  it('snooze at the limit is refused by the engine, which changes nothing', () => {
    const d = atSnoozeLimit();
    const decision = decideShortcut('snooze-break', d.state, d.settings);
    if (decision.kind !== 'command') throw new Error('the break is due: the engine decides');
    const before = structuredClone(d.state);
    const entry = d.send(decision.command);
    expect(entry.error).toBe('snooze-limit');
    expect(refusalOf(entry.error as CommandError)).toBe('snooze-limit');
    expect(d.state.neck).toEqual(before.neck);
  });

  it('pause pauses until resumed, and the same shortcut resumes', () => {
    const d = counting();
    const pause = decideShortcut('toggle-pause', d.state, d.settings);
    if (pause.kind !== 'command') throw new Error('pause should apply');
    d.send(pause.command);
    expect(d.state.mode).toMatchObject({ kind: 'paused', until: null, preset: 'indefinite' });
    d.run(5 * MINUTE);
    const resume = decideShortcut('toggle-pause', d.state, d.settings);
    expect(resume).toEqual({ kind: 'command', command: { type: 'resume' } });
    d.send(resume.kind === 'command' ? resume.command : { type: 'refresh' });
    expect(d.state.mode.kind).toBe('normal');
  });

  it('names the running routine, for showing its player', () => {
    const d = inRoutine();
    const decision = decideShortcut('start-routine', d.state, d.settings);
    expect(decision).toEqual({
      kind: 'routine-running',
      startedAt: d.state.mode.kind === 'routine' ? d.state.mode.startedAt : -1,
    });
  });
});

describe("what the engine's refusals tell the user", () => {
  it.each([
    ['not-due', 'nothing-due'],
    ['snooze-limit', 'snooze-limit'],
    ['routine-running', 'routine-running'],
    ['snooze-not-offered', 'failed'],
    ['not-paused', 'failed'],
  ] as const)('%s → %s', (error, refusal) => {
    expect(refusalOf(error)).toBe(refusal);
  });
});

describe('whether the running routine is on screen', () => {
  const startedAt = Date.parse('2026-11-24T08:00:00Z');
  const session = (routineId: number, lastTickAt: number) => ({
    ...startSession(timedPlan('full'), routineId, routineId),
    lastTickAt,
  });
  it.each([
    ['no player has shown it', null, false],
    ['its player ticked a second ago', session(startedAt, startedAt + MINUTE - SECOND), true],
    [
      'its player ticked just within the stale limit',
      session(startedAt, startedAt + MINUTE - STALE_TICK_AFTER_MS),
      true,
    ],
    ['its player last ticked a minute ago (the popup closed)', session(startedAt, startedAt), false],
    ["another routine's session", session(startedAt - 1, startedAt + MINUTE), false],
  ] as const)('%s: %s', (_, s, onScreen) => {
    expect(playerOnScreen(s, startedAt, startedAt + MINUTE)).toBe(onScreen);
  });
});

describe('shortcut names', () => {
  it('knows its own and nothing else (a name from a newer or older manifest is ignored)', () => {
    for (const s of SHORTCUTS) expect(isShortcut(s)).toBe(true);
    expect(isShortcut('_execute_action')).toBe(false);
    expect(isShortcut('')).toBe(false);
  });
});
