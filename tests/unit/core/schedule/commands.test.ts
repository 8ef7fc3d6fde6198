import { describe, expect, it } from 'vitest';
import { snoozeOffered } from '@/src/core/prompt-click';
import type { Command, CommandError } from '@/src/core/schedule/events';
import { MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// A command that is not valid now answers with an error and changes nothing at all.

const counting = () => new EngineDriver();
const due = () => {
  const d = new EngineDriver();
  d.run(62 * MINUTE);
  return d;
};
const inRoutine = () => {
  const d = new EngineDriver();
  d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
  return d;
};

const cases: [string, () => EngineDriver, Command, CommandError][] = [
  ['snooze with nothing due', counting, { type: 'snooze', minutes: 10 }, 'not-due'],
  ['skip with nothing due', counting, { type: 'skip' }, 'not-due'],
  ['snooze for 0 minutes', due, { type: 'snooze', minutes: 0 }, 'snooze-not-offered'],
  ['snooze for 2.5 minutes', due, { type: 'snooze', minutes: 2.5 }, 'snooze-not-offered'],
  ['snooze for 500 minutes', due, { type: 'snooze', minutes: 500 }, 'snooze-not-offered'],
  // The defaults offer 5, 10 and 15 minutes: 7 is within the limits but not on offer.
  [
    'snooze for a length the settings do not offer',
    due,
    { type: 'snooze', minutes: 7 },
    'snooze-not-offered',
  ],
  [
    'end a routine that is not running',
    counting,
    { type: 'routineEnded', startedAt: 0, fraction: 1 },
    'no-routine',
  ],
  [
    'end a routine the engine never started',
    inRoutine,
    { type: 'routineEnded', startedAt: 12345, fraction: 1 },
    'no-routine',
  ],
  [
    'end a routine with a fraction of 2',
    inRoutine,
    { type: 'routineEnded', startedAt: 0, fraction: 2 },
    'bad-fraction',
  ],
  [
    'end a routine with NaN done',
    inRoutine,
    { type: 'routineEnded', startedAt: 0, fraction: Number.NaN },
    'bad-fraction',
  ],
  [
    'start a second routine',
    inRoutine,
    { type: 'startRoutine', variant: 'quick', source: 'popup' },
    'routine-running',
  ],
  ['pause during a routine', inRoutine, { type: 'pause', preset: '1h' }, 'routine-running'],
  ['resume when not paused', counting, { type: 'resume' }, 'not-paused'],
  ['rate comfort 0', counting, { type: 'rateComfort', rating: 0 }, 'bad-rating'],
  ['rate comfort 6', counting, { type: 'rateComfort', rating: 6 }, 'bad-rating'],
  ['rate comfort 3.5', counting, { type: 'rateComfort', rating: 3.5 }, 'bad-rating'],
];

describe('invalid commands', () => {
  it.each(cases)('%s is refused and changes nothing', (_, setup, command, error) => {
    const d = setup();
    const before = structuredClone(d.state);
    const r = d.send(command, d.now + 10_000);
    expect(r.error).toBe(error);
    expect(r.effects).toEqual([]);
    expect(d.state).toEqual(before);
  });
});

describe('valid commands', () => {
  it('a comfort rating lands in the day’s stats', () => {
    const d = counting();
    expect(d.send({ type: 'rateComfort', rating: 4 }).effects).toContainEqual({
      type: 'stats',
      day: '2026-11-24',
      delta: { comfort: 4 },
    });
  });

  it('skip works on a snoozed break too', () => {
    const d = due();
    d.send({ type: 'snooze', minutes: 5 });
    expect(d.send({ type: 'skip' }).error).toBeUndefined();
    expect(d.state.neck.status).toBe('counting');
  });

  it('a click is input: a pause in typing ends at the Skip, and the next interval starts there', () => {
    const d = due();
    d.send({ type: 'idleChanged', state: 'idle', idleForMs: 15 * SECOND }); // the prompt, at a pause
    const skipAt = d.now + 20 * SECOND;
    d.send({ type: 'skip' }, skipAt); // before the idle API has polled its 'active'
    expect(d.state.activity.state).toBe('active');
    d.send({ type: 'idleChanged', state: 'active' }, skipAt + SECOND);
    d.run(MINUTE);
    // The 35 s of the pause went to the break that was skipped, none to the next one.
    expect(d.state.neck.activeMs).toBe(MINUTE + SECOND);
  });

  it('a click right after unlocking is input too: the absence before it is a natural break, not part of the routine it starts', () => {
    const d = counting();
    d.run(20 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    d.run(30 * MINUTE);
    // Unlocked and Start pressed before the idle API has polled its 'active'.
    const r = d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    expect(r.effects).toContainEqual(expect.objectContaining({ type: 'stats', delta: { naturalBreaks: 1 } }));
    expect(d.state.mode.kind).toBe('routine');
  });

  it('the prompt’s Snooze snoozes by the length it offered, whatever the settings say by the click', () => {
    const d = due(); // the prompt on screen offers the default, 10 minutes
    expect(snoozeOffered(d.state, d.settings)).toBe(10);
    d.settings = settingsWith({ snooze: { choicesMin: [5, 15], defaultMin: 15, maxPerBreak: 0 } });
    expect(snoozeOffered(d.state, d.settings)).toBe(10);
    expect(d.send({ type: 'snooze', minutes: snoozeOffered(d.state, d.settings) }).error).toBeUndefined();
    expect(d.state.neck).toMatchObject({ status: 'snoozed', snoozes: 1, until: d.now + 10 * MINUTE });
  });

  it('a prompt shown before Nape kept its offer snoozes by the settings’ default', () => {
    const d = due();
    if (d.state.neck.status === 'due') delete d.state.neck.snoozeOfferedMin;
    d.settings = settingsWith({ snooze: { choicesMin: [5, 15], defaultMin: 15, maxPerBreak: 3 } });
    expect(snoozeOffered(d.state, d.settings)).toBe(15);
  });

  it('a routine may be started while paused, which ends the pause', () => {
    const d = counting();
    d.send({ type: 'pause', preset: 'indefinite' });
    d.send({ type: 'startRoutine', variant: 'quick', source: 'popup' });
    d.send(d.ended(1), d.now + 2 * MINUTE);
    expect(d.state.mode.kind).toBe('normal');
  });
});
