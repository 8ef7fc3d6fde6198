import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '@/src/core/routine/library';
import { MY_ROUTINE_MAX_STEPS, MY_ROUTINE_SECONDS } from '@/src/core/routine/my-routine';
import { exportSettings, parseSettingsImport } from '@/src/core/settings/import-export';
import { myRoutineIssues } from '@/src/core/settings/my-routine-rules';
import { readSettings, validateSettings } from '@/src/core/settings/parse';
import { defaultSettings, type Settings } from '@/src/core/settings/schema';
import { FULL_AS_MINE, validRoutine } from '@/tests/support/my-routine';

// "My routine" is a setting (routine.mine): it is saved only whole and valid, an imported file
// whose routine breaks a rule is refused with the reason and changes nothing, a stored one that
// breaks a rule is not played, and it fits storage.sync's limit for one item with room to spare.

const SEED = 20261206;
const NOW = Date.UTC(2026, 11, 4, 12);
const FULL = [...FULL_AS_MINE];

const withRoutine = (
  mine: Settings['routine']['mine'],
  defaultVariant: Settings['routine']['defaultVariant'] = 'full',
) => {
  const s = defaultSettings();
  s.routine.mine = mine;
  s.routine.defaultVariant = defaultVariant;
  return s;
};
const file = (settings: unknown) => JSON.stringify({ app: 'nape', kind: 'settings', version: 1, settings });

describe('My routine in the settings', () => {
  it('is none by default, and none cannot be the routine Start opens', () => {
    expect(defaultSettings().routine.mine).toEqual([]);
    const checked = validateSettings(withRoutine([], 'mine'));
    expect(checked.ok ? [] : checked.issues).toEqual([
      { path: ['routine', 'defaultVariant'], code: 'mine-not-saved' },
    ]);
    expect(validateSettings(withRoutine(FULL, 'mine')).ok).toBe(true);
  });

  it(`is saved whenever it keeps the rules (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(validRoutine, (mine) => {
        const settings = withRoutine(mine, 'mine');
        expect(validateSettings(settings).ok).toBe(true);
        expect(myRoutineIssues(settings)).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('is refused with the rule it breaks, on the step it breaks it', () => {
    const noTwin = FULL.filter((s) => s.step !== 'ex-goose-l');
    expect(myRoutineIssues(withRoutine(noTwin))).toEqual([
      { path: ['routine', 'mine', 5], code: 'mine-missing-twin', step: 6 },
    ]);
  });

  it('travels in the settings file and comes back the same', () => {
    const mine = withRoutine(FULL, 'mine');
    expect(parseSettingsImport(exportSettings(mine, NOW), defaultSettings(), myRoutineIssues)).toEqual({
      ok: true,
      settings: mine,
      ignored: [],
    });
  });

  it('in an imported file, refuses the file with each reason and leaves the current settings as they were', () => {
    const current = withRoutine(FULL, 'mine');
    const before = structuredClone(current);
    // A length past what any step may last is refused by the schema, before the rules are asked.
    const tooLong = parseSettingsImport(
      file({ routine: { mine: [{ step: 'ex-posture', seconds: 1000 }] } }),
      current,
      myRoutineIssues,
    );
    expect(tooLong.ok ? [] : tooLong.problems).toEqual([
      { kind: 'invalid', issue: { path: ['routine', 'mine', 0, 'seconds'], code: 'max', limit: 900 } },
    ]);
    const ruleBreaking = [...FULL.slice(1), FULL[0]];
    const refused = parseSettingsImport(file({ routine: { mine: ruleBreaking } }), current, myRoutineIssues);
    expect(
      refused.ok ? [] : refused.problems.map((p) => (p.kind === 'invalid' ? p.issue.code : p.kind)),
    ).toEqual(['mine-posture-first', 'mine-exercise-after-massage']);
    expect(current).toEqual(before);
  });

  it('in an imported file, cannot be emptied while it is the default', () => {
    const result = parseSettingsImport(
      file({ routine: { mine: [] } }),
      withRoutine(FULL, 'mine'),
      myRoutineIssues,
    );
    expect(
      result.ok ? [] : result.problems.map((p) => (p.kind === 'invalid' ? p.issue.code : p.kind)),
    ).toEqual(['mine-not-saved']);
  });

  it('read from storage breaking a rule (a newer Nape’s step), is kept: other settings still change, the rules name what is wrong', () => {
    const stored = withRoutine([...FULL.slice(0, -1), { step: 'ms-from-the-future', seconds: 20 }], 'mine');
    const { settings, dropped } = readSettings(stored);
    // Nothing saved is lost: the routine is read as it is (the player plays the steps it knows).
    expect(settings).toEqual(stored);
    expect(dropped).toEqual([]);
    const change = structuredClone(settings);
    change.neckBreak.intervalMin = 45;
    expect(validateSettings(change).ok).toBe(true);
    expect(myRoutineIssues(settings)).toEqual([
      { path: ['routine', 'mine', 17], code: 'mine-stroke-close', step: 18 },
      { path: ['routine', 'mine', 18], code: 'mine-unknown-step', step: 19 },
    ]);
  });

  it('read from storage as the default with none saved, falls back to the default routine', () => {
    const { settings, dropped } = readSettings(withRoutine([], 'mine'));
    expect(settings.routine.defaultVariant).toBe('full');
    expect(dropped).toEqual(['routine.defaultVariant']);
  });

  it('fits storage.sync’s 8 KB for one item with room to spare, at its largest', () => {
    const QUOTA_BYTES_PER_ITEM = 8192;
    const size = (s: Settings) => new TextEncoder().encode(`settings${JSON.stringify(s)}`).length;
    // The most the schema lets through: its number of steps, each the longest id, each its longest.
    const widest = withRoutine(
      Array.from({ length: MY_ROUTINE_MAX_STEPS }, (_, i) => ({
        step: `z${String(i).padStart(47, '-')}`,
        seconds: MY_ROUTINE_SECONDS.max,
      })),
    );
    expect(size(widest)).toBeLessThan(QUOTA_BYTES_PER_ITEM * 0.75);
    // Every library step once, each at its longest: more than any valid routine holds.
    const whole = withRoutine(LIBRARY.map((s) => ({ step: s.id, seconds: s.seconds.max })));
    expect(size(whole)).toBeLessThan(QUOTA_BYTES_PER_ITEM / 2);
  });
});
