import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserFamily } from '@/src/core/prompt-click';
import type { EngineState } from '@/src/core/schedule/state';
import { startBackground } from '@/src/engine/background';
import type { Engine } from '@/src/engine/engine';
import { removeAllListeners } from '@/src/platform/protocol';
import { fakeCommands } from '@/tests/integration/fakes/commands';
import { fakeIdle } from '@/tests/integration/fakes/idle';
import { answerOf, envelope } from '@/tests/support/messaging';

/** A controllable clock for the engine (the worker reads time only through deps.now). */
export const clock = { now: Date.parse('2026-11-24T08:00:00Z') };

/**
 * Starts the background as a fresh service-worker instance would: every listener of the previous
 * instance is dropped (a stopped worker keeps nothing in memory), then startBackground() runs and
 * its start-up event is processed.
 */
export async function bootWorker(family: BrowserFamily = 'chrome'): Promise<Engine> {
  const engine = startWorker(family);
  await settle(engine);
  return engine;
}

/** bootWorker without waiting: the start-up event is queued, not yet processed. */
export function startWorker(family: BrowserFamily = 'chrome'): Engine {
  removeAllListeners();
  const events = [
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.storage.onChanged,
    fakeBrowser.storage.local.onChanged,
    fakeBrowser.storage.sync.onChanged,
    fakeBrowser.storage.session.onChanged,
  ];
  for (const e of events) e.removeAllListeners();
  fakeIdle().onStateChanged.removeAllListeners();
  fakeCommands().onCommand.removeAllListeners();
  fakeIdle().now = () => clock.now;
  return startBackground({ now: () => clock.now }, family);
}

/** Waits until every event queued so far has been fully processed (the queue is serial). */
export const settle = (engine: Engine) => engine.settled();

/** Fires the wake alarm if it is due at `clock.now`, as Chrome would. Returns whether it fired. */
export async function fireWakeIfDue(engine: Engine): Promise<boolean> {
  const alarm = await fakeBrowser.alarms.get('nape-wake');
  if (!alarm || alarm.scheduledTime > clock.now) return false;
  await fakeBrowser.alarms.clear('nape-wake'); // one-shot
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await settle(engine);
  return true;
}

/** Moves the clock to `until`, firing the wake alarm each time it falls due on the way. */
export async function runUntil(engine: Engine, until: number): Promise<void> {
  for (;;) {
    const alarm = await fakeBrowser.alarms.get('nape-wake');
    if (!alarm || alarm.scheduledTime > until) break;
    clock.now = Math.max(clock.now, alarm.scheduledTime);
    await fireWakeIfDue(engine);
  }
  clock.now = until;
}

/** Sends a message the way @webext-core/messaging does, and returns the worker's answer. */
export async function message<T>(type: string, data?: unknown): Promise<T> {
  const reply = await new Promise<{ res?: T; err?: unknown }>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(envelope(type, data, clock.now), {}, resolve);
  });
  return answerOf(reply);
}

export const storedEngine = async () => (await fakeBrowser.storage.local.get('engine')).engine as EngineState;
