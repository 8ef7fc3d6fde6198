import { renderHook } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { getVariant } from '@/src/content/variants';
import { startSession } from '@/src/core/routine';
import { useSessionCleanup } from '@/src/ui/hooks/use-housekeeping';

// The pages own the player's session, the engine owns the routine. A page drops a session only
// when it knows the engine runs no routine for it, never while the engine's state is still loading.

const T0 = Date.UTC(2026, 10, 24, 10);
const session = startSession(getVariant('quick'), T0 + 500, T0);
const running = { kind: 'routine', variant: 'quick', startedAt: T0 } as const;

function storesWith() {
  const update = vi.fn();
  return { stores: { session: { update } }, update };
}

describe('a page tidying the player’s session', () => {
  it('keeps the session of the routine the engine runs', () => {
    const { stores, update } = storesWith();
    renderHook(() => useSessionCleanup(stores, session, running, false));
    expect(update).not.toHaveBeenCalled();
  });

  it('keeps it while the engine’s state is still being read (a window just opened by Pop out)', () => {
    const { stores, update } = storesWith();
    renderHook(() => useSessionCleanup(stores, session, undefined, false));
    expect(update).not.toHaveBeenCalled();
  });

  it('drops a session whose routine the engine no longer runs, or that an older routine left behind', () => {
    for (const routine of [null, { ...running, startedAt: T0 + 60_000 }]) {
      const { stores, update } = storesWith();
      renderHook(() => useSessionCleanup(stores, session, routine, false));
      expect(update).toHaveBeenCalledOnce();
      const drop = update.mock.calls[0]?.[0] as (s: unknown) => unknown;
      expect(drop(session)).toBeNull();
    }
  });

  it('leaves alone the session of a routine that has just started, before the engine’s state arrives', () => {
    const { stores, update } = storesWith();
    const older = { ...running, startedAt: T0 - 5_000 };
    renderHook(() => useSessionCleanup(stores, session, older, false));
    expect(update).not.toHaveBeenCalled();
  });
});
