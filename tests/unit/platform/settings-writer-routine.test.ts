import { describe, expect, it, vi } from 'vitest';
import { libraryStep, type RoutineStep } from '@/src/core/routine/my-routine';
import { defaultSettings } from '@/src/core/settings/schema';
import { changeSettings } from '@/src/platform/settings-writer';
import { shownWith } from '@/tests/support/settings';

// The settings writer never stores a "My routine" that breaks a rule: a change to the routine is
// held to its rules (loaded with the change) before anything is shown or written.

/** Posture, Metronome both ways, and kneading both sides between the strokes, each at its shortest. */
const ROUTINE: readonly RoutineStep[] = [
  'ex-posture',
  'ex-metronome-r',
  'ex-metronome-l',
  'ms-stroke-open',
  'ms-knead-l',
  'ms-knead-r',
  'ms-stroke-close',
].map((step) => ({ step, seconds: libraryStep(step)?.seconds.min ?? 0 }));

const withRoutine = (mine: readonly RoutineStep[]) => {
  const s = defaultSettings();
  s.routine.mine = [...mine];
  return s;
};

describe('the settings writer and My routine', () => {
  it('writes a routine that keeps every rule', async () => {
    const shown = shownWith(defaultSettings());
    const save = vi.fn(async () => undefined);
    const result = await changeSettings(
      shown,
      (d) => {
        d.routine.mine = [...ROUTINE];
      },
      save,
    );
    expect(result).toEqual({ ok: true });
    expect(save).toHaveBeenCalledOnce();
    expect(shown.value.routine.mine).toEqual(ROUTINE);
  });

  it('refuses one that breaks a rule, with the reason, and writes and shows nothing', async () => {
    const before = defaultSettings();
    const shown = shownWith(before);
    const save = vi.fn(async () => undefined);
    const result = await changeSettings(
      shown,
      (d) => {
        d.routine.mine = ROUTINE.filter((s) => s.step !== 'ms-knead-r');
      },
      save,
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['routine', 'mine', 4], code: 'mine-missing-twin', step: 5 }],
    });
    expect(save).not.toHaveBeenCalled();
    expect(shown.value).toBe(before);
  });

  it('still writes other settings beside a stored routine that a newer Nape wrote', async () => {
    const newer = [...ROUTINE.slice(0, -1), { step: 'ms-from-the-future', seconds: 20 }];
    const shown = shownWith(withRoutine(newer));
    const save = vi.fn(async () => undefined);
    const result = await changeSettings(
      shown,
      (d) => {
        d.neckBreak.intervalMin = 45;
      },
      save,
    );
    expect(result).toEqual({ ok: true });
    expect(shown.value.routine.mine).toEqual(newer);
  });
});
