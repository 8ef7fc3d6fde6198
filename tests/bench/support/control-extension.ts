import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WAKE_ALARM } from '@/src/platform/alarms';
import { WAKE_ITEMS } from '@/src/platform/engine-store';

/**
 * The control the bench compares Nape against: an extension with an empty popup page and a worker
 * that does nothing but listen for an alarm, built fresh into a temporary folder on every run.
 * The listener is the least a worker needs to be woken the way Nape's is (Chrome starts a stopped
 * worker for an event only if it registered a listener for it), so its start is the floor of a wake.
 */
export function buildControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nape-control-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Control',
      version: '1.0.0',
      permissions: ['alarms'],
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    }),
  );
  // One line of text so that there is a first contentful paint to measure.
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Control</title></head><body><p>Control</p></body></html>',
  );
  writeFileSync(join(dir, 'worker.js'), 'chrome.alarms.onAlarm.addListener(() => {});\n');
  return dir;
}

/** The control's script file, as its worker's URL ends. */
export const CONTROL_WORKER = '/worker.js';

/** The API floor's script file, as its worker's URL ends. */
export const FLOOR_WORKER = '/floor.js';

/** Nape's one round of reads per wake (readEngineInputs): a `get` per storage area. */
function readsOfAWake(): string {
  const byArea = new Map<string, string[]>();
  for (const { area, key } of WAKE_ITEMS) byArea.set(area, [...(byArea.get(area) ?? []), key]);
  return [...byArea].map(([area, keys]) => `chrome.storage.${area}.get(${JSON.stringify(keys)})`).join(', ');
}

/**
 * The API floor: a worker with Nape's permissions that registers the listeners Nape's worker must
 * register at every start (alarms, idle, settings changes, notification clicks and buttons,
 * messages, install) and makes the calls of one Nape wake (a read per storage area, the idle
 * state, the save, the re-armed alarm, the idle interval), with no code of its own. Chrome builds
 * its bindings for each API namespace a worker touches, inside the worker's heap; this is what
 * that costs before any of Nape's code, so the heap rows can say how much of Nape's figure is its
 * own. It wakes like Nape: by the alarm `WAKE_ALARM`, over once it has saved and re-armed.
 */
export function buildApiFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nape-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'API floor',
      version: '1.0.0',
      permissions: ['alarms', 'idle', 'notifications', 'storage'],
      background: { service_worker: FLOOR_WORKER.slice(1) },
    }),
  );
  writeFileSync(
    join(dir, FLOOR_WORKER.slice(1)),
    `const wake = async () => {
  await Promise.all([${readsOfAWake()}]);
  const idle = await chrome.idle.queryState(60);
  await chrome.storage.local.set({ engine: { savedAt: Date.now(), idle } });
  await chrome.alarms.create(${JSON.stringify(WAKE_ALARM)}, { when: Date.now() + 60000 });
  await chrome.idle.setDetectionInterval(60);
};
chrome.alarms.onAlarm.addListener(() => void wake());
chrome.idle.onStateChanged.addListener(() => {});
chrome.storage.sync.onChanged.addListener(() => {});
chrome.notifications.onClicked.addListener(() => {});
chrome.notifications.onButtonClicked.addListener(() => {});
chrome.runtime.onMessage.addListener(() => {});
chrome.runtime.onInstalled.addListener(() => {});
`,
  );
  return dir;
}
