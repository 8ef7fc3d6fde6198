import { describe, expect, it } from 'vitest';
import {
  exportSettings,
  type ImportProblem,
  parseSettingsImport,
  SETTINGS_FILE_MAX_BYTES,
} from '@/src/core/settings/import-export';
import { myRoutineIssues } from '@/src/core/settings/my-routine-rules';
import { defaultSettings, type Settings } from '@/src/core/settings/schema';

const NOW = Date.UTC(2026, 4, 1, 12);

/** A settings file as Nape writes it, with `settings` replaced by whatever the test needs. */
const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'nape', kind: 'settings', version: 1, settings, ...extra });

const custom = (): Settings => {
  const s = defaultSettings();
  s.neckBreak.intervalMin = 45;
  s.postureCheck.enabled = false;
  s.snooze = { choicesMin: [5, 20, 30], defaultMin: 20, maxPerBreak: 0 };
  s.workingHours.enabled = true;
  s.workingHours.days.sat = { on: true, start: '10:00', end: '14:30' };
  s.routine.voiceRate = 1.5;
  s.routine.defaultVariant = 'quick';
  return s;
};

const problemsOf = (text: string, current = defaultSettings()): ImportProblem[] => {
  const result = parseSettingsImport(text, current, myRoutineIssues);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};

describe('export → import', () => {
  it('gives back exactly the settings that were exported', () => {
    const mine = custom();
    const result = parseSettingsImport(exportSettings(mine, NOW), defaultSettings(), myRoutineIssues);
    expect(result).toEqual({ ok: true, settings: mine, ignored: [] });
  });

  it('writes a file that says what it is, and when it was made', () => {
    const parsed = JSON.parse(exportSettings(custom(), NOW));
    expect(parsed).toMatchObject({
      app: 'nape',
      kind: 'settings',
      version: 1,
      exportedAt: '2026-05-01T12:00:00.000Z',
    });
  });
});

describe('import refuses, changing nothing', () => {
  it('text that is not JSON', () => {
    expect(problemsOf('{"app": "nape", ')).toEqual([{ kind: 'not-json' }]);
    expect(problemsOf('neckBreak.intervalMin = 30')).toEqual([{ kind: 'not-json' }]);
  });

  it('a file over 64 KB, even when it is otherwise a valid settings file', () => {
    const padded = file(custom(), { padding: 'x'.repeat(SETTINGS_FILE_MAX_BYTES) });
    expect(problemsOf(padded)).toEqual([{ kind: 'too-large', limitBytes: 64 * 1024 }]);
  });

  it('counts the size in bytes, not characters (Cyrillic takes two bytes each)', () => {
    const note = 'я'.repeat(SETTINGS_FILE_MAX_BYTES / 2);
    expect(note.length).toBeLessThan(SETTINGS_FILE_MAX_BYTES);
    expect(problemsOf(file({}, { note }))).toEqual([
      { kind: 'too-large', limitBytes: SETTINGS_FILE_MAX_BYTES },
    ]);
  });

  it('values of the wrong type, naming each field', () => {
    const problems = problemsOf(
      file({ neckBreak: { enabled: 'yes', intervalMin: '45' }, snooze: { choicesMin: 10 } }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'invalid', issue: { path: ['neckBreak', 'enabled'], code: 'type' } },
        { kind: 'invalid', issue: { path: ['neckBreak', 'intervalMin'], code: 'type' } },
        { kind: 'invalid', issue: { path: ['snooze', 'choicesMin'], code: 'type' } },
      ]),
    );
  });

  it('a whole group of the wrong kind', () => {
    expect(problemsOf(file({ routine: [1, 2] }))).toEqual([
      { kind: 'invalid', issue: { path: ['routine'], code: 'type' } },
    ]);
  });

  it('out-of-range and fractional values, with the limit they broke', () => {
    const problems = problemsOf(
      file({
        neckBreak: { intervalMin: 0 },
        postureCheck: { intervalMin: 100000 },
        routine: { dailyGoal: 2.5 },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'invalid', issue: { path: ['neckBreak', 'intervalMin'], code: 'min', limit: 1 } },
        { kind: 'invalid', issue: { path: ['postureCheck', 'intervalMin'], code: 'max', limit: 240 } },
        { kind: 'invalid', issue: { path: ['routine', 'dailyGoal'], code: 'integer' } },
      ]),
    );
  });

  it('values that break a rule between fields once merged', () => {
    const problems = problemsOf(file({ snooze: { choicesMin: [5, 15], defaultMin: 10 } }));
    expect(problems).toEqual([
      { kind: 'invalid', issue: { path: ['snooze', 'defaultMin'], code: 'snooze-default-not-offered' } },
    ]);
  });

  it.each([
    [
      '__proto__',
      '{"app":"nape","kind":"settings","version":1,"settings":{"__proto__":{"polluted":true}}}',
      'settings.__proto__',
    ],
    [
      'constructor',
      file({ neckBreak: { constructor: { prototype: { x: 1 } } } }),
      'settings.neckBreak.constructor',
    ],
    ['prototype', file({}, { prototype: 1 }), 'prototype'],
    [
      '__proto__ spelt with an escape',
      '{"app":"nape","kind":"settings","version":1,"settings":{"\\u005f_proto__":{}}}',
      'settings.__proto__',
    ],
    [
      '__proto__ inside an array',
      file({ snooze: { choicesMin: ['X'] } }).replace('"X"', '{"__proto__":1}'),
      'settings.snooze.choicesMin[0].__proto__',
    ],
  ])('a %s key anywhere in the file', (_, text, path) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.kind === 'forbidden-key')).toBe(true);
    expect(problems).toContainEqual({ kind: 'forbidden-key', path });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('JSON that is not a Nape settings file', () => {
    expect(problemsOf('[1, 2, 3]')).toEqual([{ kind: 'not-settings-file' }]);
    expect(problemsOf('null')).toEqual([{ kind: 'not-settings-file' }]);
    expect(problemsOf(JSON.stringify(defaultSettings()))).toEqual([{ kind: 'not-settings-file' }]);
    expect(problemsOf(JSON.stringify({ app: 'nape', kind: 'history', version: 1, days: {} }))).toEqual([
      { kind: 'not-settings-file' },
    ]);
  });

  it('a file from a newer Nape', () => {
    expect(problemsOf(file({}, { version: 2 }))).toEqual([{ kind: 'newer-version', version: 2 }]);
  });

  it('a file with no settings object', () => {
    expect(problemsOf(file(null))).toEqual([{ kind: 'no-settings' }]);
    expect(problemsOf(file([]))).toEqual([{ kind: 'no-settings' }]);
  });
});

describe('import accepts', () => {
  it('a partial file, keeping the current value of everything it does not mention', () => {
    const current = custom();
    const result = parseSettingsImport(file({ neckBreak: { intervalMin: 90 } }), current, myRoutineIssues);
    expect(result.ok && result.settings).toEqual({
      ...current,
      neckBreak: { enabled: true, intervalMin: 90 },
    });
  });

  it('a file with keys Nape does not know: they are ignored and named', () => {
    const result = parseSettingsImport(
      file({ neckBreak: { intervalMin: 30, colour: 'red' }, theme: 'dark' }, { comment: 'from my laptop' }),
      defaultSettings(),
      myRoutineIssues,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ignored.sort()).toEqual(['comment', 'settings.neckBreak.colour', 'settings.theme']);
    expect(result.settings.neckBreak).toEqual({ enabled: true, intervalMin: 30 });
    expect(result.settings).not.toHaveProperty('theme');
  });

  it('does not change the current settings object it merges onto', () => {
    const current = defaultSettings();
    parseSettingsImport(
      file({ workingHours: { days: { mon: { start: '08:00' } } } }),
      current,
      myRoutineIssues,
    );
    expect(current).toEqual(defaultSettings());
  });
});
