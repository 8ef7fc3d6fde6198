import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
