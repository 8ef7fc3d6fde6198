import { WAKE_ALARM } from '@/src/platform/alarms';
import type { CdpBrowser, CdpPage } from './cdp';

// Waking a worker the way Chrome does in a working hour: its alarm fires (created for "now" from a
// page of the same extension, which an unpacked build may do: the 30-s minimum does not apply;
// Chromium then delivers it within about a second), and Chrome starts the worker if it is stopped,
// then delivers onAlarm. Nape's wake is over when its engine has written its state and re-armed
// its alarm; the control's when the alarm has reached its page (and its worker) and the worker runs.
// Each page stamps the trace (`console.timeStamp`) when it triggers and when the write arrives.

export const TRIGGER = 'nape-bench:trigger';
export const SAVED = 'nape-bench:saved';
/** The control worker's alarm (any name: its listener takes every alarm). */
const CONTROL_ALARM = 'bench';
/**
 * Quiet time after a wake's end, inside the trace: the effects that follow Nape's save (re-arming
 * the alarm, the badge, the idle interval) are a few API calls that land within milliseconds.
 */
export const TAIL_MS = 250;

const PAGE_HELPERS = `(() => {
  globalThis.__benchWake = (name, waitForSave) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const wall0 = Date.now();
    console.timeStamp(${JSON.stringify(TRIGGER)});
    let timer;
    let over = false;
    const onChange = async (changes, area) => {
      if (area !== 'local' || !changes.engine) return;
      console.timeStamp(${JSON.stringify(SAVED)});
      chrome.storage.onChanged.removeListener(onChange);
      // The wake is over once the engine has re-armed its alarm (its last effects). Until then a
      // new alarm for "now" could be overwritten by that re-arm and never fire.
      while (!over) {
        const a = await chrome.alarms.get(name);
        if (a && a.scheduledTime > wall0 + 5000) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      clearTimeout(timer);
      resolve(performance.now() - t0);
    };
    // Pages get onAlarm too, when the worker does: the control's wake is over then.
    const onAlarm = (alarm) => {
      if (alarm.name !== name) return;
      chrome.alarms.onAlarm.removeListener(onAlarm);
      clearTimeout(timer);
      resolve(performance.now() - t0);
    };
    timer = setTimeout(async () => {
      over = true;
      chrome.storage.onChanged.removeListener(onChange);
      chrome.alarms.onAlarm.removeListener(onAlarm);
      const seen = JSON.stringify({ alarm: await chrome.alarms.get(name), now: Date.now(), wall0, stored: await chrome.storage.local.get('engine') });
      reject(
        new Error((waitForSave ? 'the engine did not save and re-arm within 10 s of its alarm: ' : 'no alarm within 10 s: ') + seen),
      );
    }, 10000);
    if (waitForSave) chrome.storage.onChanged.addListener(onChange);
    else chrome.alarms.onAlarm.addListener(onAlarm);
    chrome.alarms.create(name, { when: Date.now() }).catch(reject);
  });
  // A page's message to the worker, in @webext-core/messaging's format (what the popup sends).
  globalThis.__benchMessage = (type, data) =>
    chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
  return true;
})()`;

export type Who = 'nape' | 'control';
/**
 * Who a waker can wake: Nape, the control, and when loaded the API floor (control-extension.ts)
 * and Nape built without webextension-polyfill (without-polyfill.ts).
 */
export type Wakeable = Who | 'floor' | 'withoutPolyfill';

export interface Waker {
  ids: Record<Who, string> & Partial<Record<Wakeable, string>>;
  pages: Record<Who, CdpPage> & Partial<Record<Wakeable, CdpPage>>;
  /** Fires the worker's alarm and waits until the wake is over (see above); wall ms to its end. */
  wake(who: Wakeable): Promise<number>;
  /** Sends a page message to Nape's worker (`refresh`, `command`…) and waits for its answer. */
  message(type: string, data?: unknown): Promise<unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens one page per extension (which also keeps each extension's process up, as it is for all). */
export async function createWaker(b: CdpBrowser, ids: Waker['ids']): Promise<Waker> {
  const pages: Waker['pages'] = {
    nape: await b.openPage(`chrome-extension://${ids.nape}/manifest.json`),
    control: await b.openPage(`chrome-extension://${ids.control}/manifest.json`),
  };
  for (const who of ['floor', 'withoutPolyfill'] as const) {
    const id = ids[who];
    if (id) pages[who] = await b.openPage(`chrome-extension://${id}/manifest.json`);
  }
  for (const p of Object.values(pages)) await p.evaluate(PAGE_HELPERS);
  return {
    ids,
    pages,
    async wake(who) {
      const page = pages[who];
      if (!page) throw new Error(`no ${who} extension is loaded`);
      // The others wake as Nape does (its alarm, then its save and re-arm).
      if (who !== 'control') return page.evaluate<number>(`__benchWake(${JSON.stringify(WAKE_ALARM)}, true)`);
      const ms = await page.evaluate<number>(`__benchWake(${JSON.stringify(CONTROL_ALARM)}, false)`);
      await b.waitForWorker(ids.control, 'running');
      return ms;
    },
    message: (type, data) =>
      pages.nape.evaluate(`__benchMessage(${JSON.stringify(type)}, ${JSON.stringify(data ?? null)})`),
  };
}

/** Lets a wake's trailing effects finish (see TAIL_MS). */
export const settle = () => sleep(TAIL_MS);
