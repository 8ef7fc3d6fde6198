import { it } from 'vitest';
import { type CdpBrowser, launchCdp } from './support/cdp';
import {
  buildApiFloorExtension,
  buildControlExtension,
  CONTROL_WORKER,
  FLOOR_WORKER,
} from './support/control-extension';
import { dayWakes } from './support/day-wakes';
import { attribute, dominators, parseSnapshot } from './support/heap-snapshot';
import { SHIPPED, sourceMapper } from './support/mapped-build';
import { median, saveResult } from './support/results';
import { createWaker, settle, type Wakeable, type Waker } from './support/wake';
import { buildWithoutPolyfill } from './support/without-polyfill';

// Worker JS heap after GC (Runtime.getHeapUsage's usedSize), Nape against the control worker and
// the API floor (control-extension.ts: the APIs Nape's worker must touch, with none of its code),
// and Nape built without webextension-polyfill (support/without-polyfill.ts), to show its cost:
// - after start: a fresh worker woken by its alarm, once its wake is over (the median of several);
// - after a simulated active hour as Chrome runs it: 58 alarm wakes, each in a fresh worker when
//   the day's wakes say most are (Chrome stops a worker 30 s after its last event), plus a popup
//   opening with a pause and a resume; measured in the worker that handled the hour's last event;
// - after the same hour in one worker that is never stopped (what would pile up if it lived on).
// Then a heap snapshot of each, every byte given to the module that holds it (support/heap-snapshot.ts).

const STARTS = Number(process.env.BENCH_HEAP_STARTS ?? 5);
const HOUR_WAKES = 58;

async function heapAfterGc(b: CdpBrowser, id: string): Promise<number> {
  const s = await b.workerSession(id);
  await b.send('HeapProfiler.enable', {}, s);
  // Twice: the first pass can leave garbage that finalizers released.
  await b.send('HeapProfiler.collectGarbage', {}, s);
  await b.send('HeapProfiler.collectGarbage', {}, s);
  const { usedSize } = await b.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, s);
  return usedSize;
}

async function snapshot(b: CdpBrowser, id: string): Promise<string> {
  const s = await b.workerSession(id);
  const chunks: string[] = [];
  const off = b.on((m) => {
    if (m.sessionId === s && m.method === 'HeapProfiler.addHeapSnapshotChunk') {
      chunks.push(String(m.params?.chunk));
    }
  });
  await b.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, s);
  off();
  return chunks.join('');
}

/** An hour of Nape's events; `fresh(i)` says whether Chrome would have stopped the worker before wake i. */
async function simulatedHour(b: CdpBrowser, waker: Waker, fresh: (i: number) => boolean) {
  for (let i = 0; i < HOUR_WAKES; i++) {
    if (fresh(i)) await b.stopAllWorkers();
    await waker.wake('nape');
    if (i === 20) {
      // The popup opens (it asks for fresh state) and the user pauses for 30 minutes…
      await waker.message('refresh');
      await waker.message('command', { type: 'pause', preset: '30m' });
    }
    // …and comes back five minutes later.
    if (i === 25) await waker.message('command', { type: 'resume' });
  }
  await settle();
}

it('worker heap: after start and after a simulated hour, by module', async () => {
  const b = await launchCdp([
    SHIPPED,
    buildControlExtension(),
    buildApiFloorExtension(),
    buildWithoutPolyfill(),
  ]);
  const [nape, control, floor, withoutPolyfill] = b.ids as [string, string, string, string];
  const day = dayWakes();
  const freshShare = day.perActiveHour.fresh / day.perActiveHour.events;
  const after: Record<Wakeable, number[]> = { nape: [], control: [], floor: [], withoutPolyfill: [] };
  const snaps: Record<string, string> = {};
  let afterHour = 0;
  let afterHourAlive = 0;
  try {
    const waker = await createWaker(b, { nape, control, floor, withoutPolyfill });
    for (let i = 0; i < STARTS; i++) {
      const order: Wakeable[] = ['nape', 'control', 'floor', 'withoutPolyfill'];
      if (i % 2) order.reverse();
      for (const who of order) {
        await b.stopAllWorkers();
        await waker.wake(who);
        await settle();
        const id = waker.ids[who] as string;
        after[who].push(await heapAfterGc(b, id));
        if (i === STARTS - 1 && who !== 'withoutPolyfill')
          snaps[who === 'nape' ? 'napeAfterStart' : who] = await snapshot(b, id);
      }
    }

    // Fresh wakes spread evenly through the hour, as many as the day's share says.
    let owed = 0;
    await simulatedHour(b, waker, (i) => {
      owed += freshShare;
      if (i === 0 || owed >= 1) {
        owed -= 1;
        return true;
      }
      return false;
    });
    afterHour = await heapAfterGc(b, nape);
    snaps.napeAfterHour = await snapshot(b, nape);

    await b.stopAllWorkers();
    await simulatedHour(b, waker, (i) => i === 0);
    afterHourAlive = await heapAfterGc(b, nape);
    snaps.napeAfterHourAlive = await snapshot(b, nape);
  } finally {
    await b.close();
  }

  const mapper = sourceMapper('background.js');
  const topLevel = mapper.topLevelModules();
  const byModule = Object.fromEntries(
    Object.entries(snaps).map(([name, json]) => {
      const s = parseSnapshot(json);
      const a = attribute(s, dominators(s), {
        scriptUrl: name === 'control' ? CONTROL_WORKER : name === 'floor' ? FLOOR_WORKER : '/background.js',
        moduleAt: mapper.moduleAt,
        topLevel,
      });
      return [
        name,
        {
          snapshotBytes: a.totalBytes,
          offHeapBytes: a.offHeapBytes,
          byOwner: Object.fromEntries([...a.byOwner].sort((x, y) => y[1] - x[1])),
          largest: a.largest,
        },
      ];
    }),
  );
  saveResult('worker-heap', {
    starts: STARTS,
    napeAfterStart: median(after.nape),
    napeAfterStartRange: [Math.min(...after.nape), Math.max(...after.nape)],
    control: median(after.control),
    controlRange: [Math.min(...after.control), Math.max(...after.control)],
    floor: median(after.floor),
    floorRange: [Math.min(...after.floor), Math.max(...after.floor)],
    withoutPolyfill: median(after.withoutPolyfill),
    withoutPolyfillRange: [Math.min(...after.withoutPolyfill), Math.max(...after.withoutPolyfill)],
    napeAfterHour: afterHour,
    napeAfterHourAlive: afterHourAlive,
    hour: {
      wakes: HOUR_WAKES,
      freshShare,
      note: 'alarm wakes fired back to back (the engine sees seconds, not minutes, pass); a popup opening, a pause and a resume; fresh workers where Chrome would have stopped it',
    },
    byModule,
  });
});
