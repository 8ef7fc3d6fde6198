import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getVariant } from '@/src/content/variants';
import { CONTENT_VERSION } from '@/src/content/version';
import { type RoutineSession, startSession } from '@/src/core/routine';
import type { EngineState, Mode, Neck } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';
import { type DayStats, emptyDay } from '@/src/core/stats/day-stats';
import { MINUTE } from '@/src/core/time';
import { App } from '@/src/ui/App';
import type { Layout } from '@/src/ui/Shell';
import { resetProtocol } from './fake-protocol';

// Seeding storage the way the worker and earlier visits leave it, then rendering the real app
// against WXT's fake browser (reset before every test by tests/setup/fake-browser.ts).

/** Tuesday 2026-11-24 10:00 UTC: a working day, mid-morning. */
export const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);
export const TODAY = '2026-11-24';

/** Fake browser parts the app needs that WXT's fake leaves unimplemented. */
export function stubBrowser(): { openOptionsPage: () => Promise<void> } {
  const openOptionsPage = async () => undefined;
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Nape', version: '0.1.0' }),
    openOptionsPage,
  });
  return fakeBrowser.runtime;
}

export const acknowledgeSafety = (version = CONTENT_VERSION) =>
  fakeBrowser.storage.local.set({ safetyAck: { version, at: T0 - 86_400_000 } });

import { settingsWith } from '@/tests/support/settings';

export { settingsWith };

export const seedSettings = (settings: Settings) => fakeBrowser.storage.sync.set({ settings });

/** An engine state at T0: active, counting `activeMin` of a 60-minute interval unless told otherwise. */
export function engineState({
  neck = { status: 'counting', activeMs: 20 * MINUTE },
  mode = { kind: 'normal' },
  inHours = true,
}: {
  neck?: Neck;
  mode?: Mode;
  inHours?: boolean;
} = {}): EngineState {
  return {
    v: 2,
    activity: {
      state: 'active',
      since: T0 - 20 * MINUTE,
      lastSeenAt: T0,
      detectionSec: 120,
      zones: [{ name: 'Europe/Berlin', since: T0 - 20 * MINUTE }],
    },
    neck,
    posture: { activeMs: 0, nextCue: 0, shownAt: null, lastAt: null },
    quietUntil: null,
    countedSince: null,
    mode,
    lastRoutine: null,
    inHours,
  };
}

export const dueNeck = (snoozes = 0): Neck => ({
  status: 'due',
  activeMs: 60 * MINUTE,
  dueAt: T0 - 2 * MINUTE,
  snoozes,
  prompt: { kind: 'shown', at: T0 - 2 * MINUTE, activeMsAt: 60 * MINUTE },
});

export const seedEngine = (state: EngineState) => fakeBrowser.storage.local.set({ engine: state });

export function day(patch: Partial<DayStats> = {}): DayStats {
  return { ...emptyDay(), ...patch };
}

export const seedStats = (days: Record<string, DayStats>) =>
  fakeBrowser.storage.local.set({ stats: { v: 1, days } });

export const seedSession = (session: RoutineSession) => fakeBrowser.storage.session.set({ routine: session });

export const storedSession = async () =>
  (await fakeBrowser.storage.session.get('routine')).routine as RoutineSession | undefined;

export const session = (variant: 'full' | 'quick' = 'full', at = T0) =>
  startSession(getVariant(variant), at, at);

/** A returning user on a normal morning: safety acknowledged, default settings, counting. */
export async function seedReturningUser(state = engineState()): Promise<void> {
  await acknowledgeSafety();
  await seedSettings(settingsWith());
  await seedEngine(state);
}

export const renderApp = (layout: Layout = 'popup') => render(<App layout={layout} />);

/**
 * The environment every popup test runs in: the clock faked at T0 (Date and the tickers only, so
 * promises and storage still settle), a fresh fake protocol and browser, and a clean DOM after.
 */
export function useUiTestEnvironment(): { browser: () => ReturnType<typeof stubBrowser> } {
  let browser: ReturnType<typeof stubBrowser>;
  beforeEach(() => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] });
    resetProtocol();
    browser = stubBrowser();
  });
  afterEach(() => {
    closePage();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return { browser: () => browser };
}

/** Unmounts the app with its effects' cleanups run at once, as a page would on unmount. */
export const closePage = () => act(() => cleanup());
