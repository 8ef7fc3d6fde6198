import { it } from 'vitest';
import { launchWithExtensions } from './support/browser';
import { buildControlExtension } from './support/control-extension';
import { saveResult } from './support/results';

// Worker JS heap after GC (Runtime.getHeapUsage), Nape against an empty worker: after start, and
// after a simulated hour of events (60 heartbeats' worth of messages plus commands).

async function heapAfterGc(b: Awaited<ReturnType<typeof launchWithExtensions>>, id: string) {
  await b.workerCommand(id, 'HeapProfiler.enable');
  await b.workerCommand(id, 'HeapProfiler.collectGarbage');
  const { usedSize } = await b.workerCommand<{ usedSize: number }>(id, 'Runtime.getHeapUsage');
  return usedSize;
}

it('worker heap', async () => {
  const b = await launchWithExtensions(['.output/chrome-mv3', buildControlExtension()]);
  const [nape, control] = b.ids as [string, string];
  try {
    const page = await b.extensionPage(nape);
    // Let both workers finish starting (Nape's start-up event writes state).
    await page.waitForFunction(async () => (await chrome.storage.local.get('engine')).engine !== undefined);
    const afterStart = await heapAfterGc(b, nape);
    const controlHeap = await heapAfterGc(b, control);

    await page.evaluate(async () => {
      const send = (type: string, data?: unknown) =>
        chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() });
      for (let minute = 0; minute < 60; minute++) {
        await send('refresh');
        if (minute % 10 === 0) await send('command', { type: 'rateComfort', rating: 3 });
        if (minute === 20) await send('command', { type: 'pause', preset: '30m' });
        if (minute === 25) await send('command', { type: 'resume' });
      }
    });
    const afterHour = await heapAfterGc(b, nape);
    saveResult('worker-heap', { napeAfterStart: afterStart, napeAfterHour: afterHour, control: controlHeap });
  } finally {
    await b.close();
  }
});
