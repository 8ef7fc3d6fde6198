import { fakeBrowser } from 'wxt/testing/fake-browser';

export type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => void | Promise<void>;

/**
 * fakeBrowser has no `idle` (its calls throw "not implemented"), so tests install this one. It
 * remembers the detection interval the code asked for, and `trigger` delivers a state change to
 * every listener and waits for them. Like the browser, `queryState(threshold)` answers from the
 * time since the last input: an `idle` trigger means input stopped one detection interval ago
 * (or `inputStoppedAt`, when the test says so), and `locked` is locked at any threshold.
 */
export interface FakeIdle {
  state: IdleState;
  detectionIntervalSeconds: number | undefined;
  /** When input last happened, while idle; set by `trigger('idle')`. */
  inputStoppedAt: number;
  /** The clock the fake reads (the test's). */
  now: () => number;
  queryState(seconds: number): Promise<IdleState>;
  setDetectionInterval(seconds: number): void;
  onStateChanged: {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
    hasListener(l: Listener): boolean;
    hasListeners(): boolean;
    removeAllListeners(): void;
  };
  trigger(state: IdleState, inputStoppedAt?: number): Promise<void>;
}

export function createFakeIdle(): FakeIdle {
  const listeners = new Set<Listener>();
  const idle: FakeIdle = {
    state: 'active',
    detectionIntervalSeconds: undefined,
    inputStoppedAt: 0,
    now: () => Date.now(),
    async queryState(seconds) {
      // Chromium's idle.json: "minimum": 15.
      if (seconds < 15) throw new Error('Value must be at least 15.');
      if (idle.state !== 'idle') return idle.state;
      return idle.now() - idle.inputStoppedAt >= seconds * 1000 ? 'idle' : 'active';
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
    async trigger(state, inputStoppedAt) {
      if (state === 'idle' && idle.state !== 'idle') {
        idle.inputStoppedAt = inputStoppedAt ?? idle.now() - (idle.detectionIntervalSeconds ?? 60) * 1000;
      }
      idle.state = state;
      await Promise.all([...listeners].map((l) => l(state)));
    },
  };
  return idle;
}

let installed: FakeIdle | undefined;

/**
 * Puts a fresh idle fake on fakeBrowser for the next test (tests/setup/fake-browser.ts) and keeps
 * it, so tests reach it typed as the fake it is.
 */
export function installFakeIdle(): FakeIdle {
  installed = createFakeIdle();
  Object.defineProperty(fakeBrowser, 'idle', { value: installed, configurable: true, writable: true });
  return installed;
}

/** The idle fake installed for the current test. */
export function fakeIdle(): FakeIdle {
  if (!installed) throw new Error('no idle fake installed: tests/setup/fake-browser.ts installs one');
  return installed;
}
