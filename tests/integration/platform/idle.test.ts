import { describe, expect, it, vi } from 'vitest';
import { onIdleStateChanged, queryIdleState, setIdleThreshold } from '@/src/platform/idle';
import { fakeIdle } from '@/tests/integration/fakes/idle';

describe('idle adapter against the idle fake', () => {
  it('clamps the detection interval to the browser minimum of 15 s', () => {
    setIdleThreshold(5);
    expect(fakeIdle().detectionIntervalSeconds).toBe(15);
    setIdleThreshold(120);
    expect(fakeIdle().detectionIntervalSeconds).toBe(120);
  });

  it('delivers state changes the test drives', async () => {
    const seen = vi.fn();
    onIdleStateChanged(seen);
    await fakeIdle().trigger('idle');
    await fakeIdle().trigger('locked');
    expect(seen.mock.calls).toEqual([['idle'], ['locked']]);
    expect(await queryIdleState(60)).toBe('locked');
  });

  it('starts each test with a fresh fake: no listener leaks in from the previous test', () => {
    expect(fakeIdle().onStateChanged.hasListeners()).toBe(false);
    expect(fakeIdle().detectionIntervalSeconds).toBeUndefined();
  });
});
