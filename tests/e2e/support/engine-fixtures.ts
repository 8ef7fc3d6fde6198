import { answerOf, envelope } from '@/tests/support/messaging';
import type { ExtensionPages } from './extension-pages';

/** Sends a message in @webext-core/messaging's format from an extension page, and returns the answer. */
export async function sendFromPage<T = unknown>(
  ext: ExtensionPages,
  type: string,
  data?: unknown,
): Promise<T> {
  const reply = await ext.evaluate((message) => chrome.runtime.sendMessage(message), envelope(type, data));
  return answerOf(reply as { res?: T; err?: unknown } | undefined);
}

/**
 * Resolves once the engine's start-up wake is over. That wake reads the engine's state and history
 * and saves them back, so a test writing storage while it runs could see its write saved over. The
 * engine handles events one at a time, in order, and answers a refresh after it: launchers call
 * this before handing the browser to a test.
 */
export const startUpWakeDone = (ext: ExtensionPages): Promise<unknown> => sendFromPage(ext, 'refresh');

/** Sets some settings groups on top of the stored (or default) settings, as the options page would. */
export async function patchSettings(
  ext: ExtensionPages,
  patch: Record<string, Record<string, unknown>>,
): Promise<void> {
  await ext.evaluate(async (p) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const base = (settings ?? {}) as Record<string, Record<string, unknown>>;
    const next: Record<string, unknown> = { ...base };
    for (const [group, values] of Object.entries(p)) next[group] = { ...(base[group] ?? {}), ...values };
    await chrome.storage.sync.set({ settings: next });
  }, patch);
}

/**
 * An engine state with the neck break due and its prompt shown, as stored JSON. Written in the
 * previous version's shape (v1) on purpose: the worker migrates it, as after an update.
 */
export function dueState(now: number) {
  return {
    v: 1,
    activity: { state: 'active', since: now - 3_600_000, lastSeenAt: now, detectionSec: 120 },
    neck: {
      status: 'due',
      activeMs: 3_600_000,
      dueAt: now,
      snoozes: 0,
      prompt: { kind: 'shown', at: now, activeMsAt: 3_600_000 },
    },
    posture: { activeMs: 0, nextCue: 0, shownAt: null },
    mode: { kind: 'normal' },
    inHours: true,
  };
}

/**
 * Every stored day's counters added up. Each test starts from a fresh profile, so this is what the
 * test counted, even when it runs across midnight and its counts land on two days.
 */
export const countedStats = async (ext: ExtensionPages): Promise<Record<string, number>> => {
  const stats = (await ext.storage('local')).stats as
    | { days: Record<string, Record<string, unknown>> }
    | undefined;
  const sum: Record<string, number> = {};
  for (const day of Object.values(stats?.days ?? {}))
    for (const [name, value] of Object.entries(day))
      if (typeof value === 'number') sum[name] = (sum[name] ?? 0) + value;
  return sum;
};
