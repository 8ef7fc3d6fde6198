import { fakeBrowser } from 'wxt/testing/fake-browser';

export type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => void | Promise<void>;

/**
 * fakeBrowser has no `idle` (its calls throw "not implemented"), so tests install this one. It
 * remembers the detection interval the code asked for, answers `queryState` with the state the
 * test set, and `trigger` delivers a state change to every listener and waits for them.
 */
export interface FakeIdle {
  state: IdleState;
  detectionIntervalSeconds: number | undefined;
  queryState(seconds: number): Promise<IdleState>;
  setDetectionInterval(seconds: number): void;
  onStateChanged: {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
    hasListener(l: Listener): boolean;
    hasListeners(): boolean;
    removeAllListeners(): void;
  };
  trigger(state: IdleState): Promise<void>;
}

export function createFakeIdle(): FakeIdle {
  const listeners = new Set<Listener>();
  const idle: FakeIdle = {
    state: 'active',
    detectionIntervalSeconds: undefined,
    async queryState(seconds) {
      // Chromium's idle.json: "minimum": 15.
      if (seconds < 15) throw new Error('Value must be at least 15.');
      return idle.state;
    },
    setDetectionInterval(seconds) {
      if (seconds < 15) throw new Error('Value must be at least 15.');
      idle.detectionIntervalSeconds = seconds;
    },
    onStateChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
      hasListener: (l) => listeners.has(l),
      hasListeners: () => listeners.size > 0,
      removeAllListeners: () => listeners.clear(),
    },
    async trigger(state) {
      idle.state = state;
      await Promise.all([...listeners].map((l) => l(state)));
    },
  };
  return idle;
}

/** The idle fake installed for the current test (see tests/setup/fake-browser.ts). */
export function fakeIdle(): FakeIdle {
  return (fakeBrowser as unknown as { idle: FakeIdle }).idle;
}
