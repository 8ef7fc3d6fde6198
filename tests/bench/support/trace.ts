import type { TraceEvent } from './cdp';

// Reading Chromium traces: the CPU time a service worker's thread spent, from the thread CPU time
// Chromium records on every task (`tdur`), and where in a worker's start it went.

/** Categories for CPU accounting: tasks with their thread time, script compile and run, API calls. */
export const CPU_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'ServiceWorker',
  'extensions',
];

/** The same plus V8's sampling profiler, for attribution only: it slows what it samples. */
export const PROFILE_CATEGORIES = [...CPU_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'];

const ms = (us: number | undefined) => (us ?? 0) / 1000;

/** `console.timeStamp(message)` from a page: its trace event, if any. */
export function timeStamp(events: TraceEvent[], message: string): TraceEvent | undefined {
  return events.find(
    (e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === message,
  );
}

export function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  }
  return names;
}

/** The outermost complete events of one thread, in order: its tasks, without double counting. */
export function outermost(events: TraceEvent[]): TraceEvent[] {
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of complete) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

export interface WorkerCost {
  /** Thread CPU time of every task the worker's thread ran in the trace. */
  cpuMs: number;
  wallMs: number;
  tasks: number;
  /** Extension API calls the worker made (each one a message to the browser). */
  apiCalls: number;
  /** Cold starts only: before the script ran (thread, isolate, context, extension bindings)… */
  startCpuMs: number | null;
  /** …compiling the worker's script (from V8's code cache when it has one)… */
  compileCpuMs: number | null;
  /** …running its top level (every module's top-level code, and main() registering listeners)… */
  evaluateCpuMs: number | null;
  /** …from then until the page saw the engine's state written (reads, transition, the write)… */
  untilSavedCpuMs: number | null;
  /** …and after (the effects: alarm, badge, idle interval). */
  afterSavedCpuMs: number | null;
  /** Tasks without a thread time (the CPU figures then undercount). */
  tasksWithoutCpu: number;
}

/**
 * The cost on the service-worker thread(s) of the process a page stamped with `processMarker`
 * (`console.timeStamp` in a page of the same extension: Chromium runs one process per extension).
 * `savedMarker`, stamped by a page when the engine's write arrived, splits the work after evaluation.
 */
export function workerCost(events: TraceEvent[], processMarker: string, savedMarker?: string): WorkerCost {
  const stamp = timeStamp(events, processMarker);
  if (!stamp) throw new Error(`trace has no time stamp ${processMarker}`);
  const names = threadNames(events);
  const threads = new Set(
    [...names]
      .filter(([key, name]) => key.startsWith(`${stamp.pid}:`) && name === 'ServiceWorker thread')
      .map(([key]) => key),
  );
  const mine = events.filter((e) => threads.has(`${e.pid}:${e.tid}`));
  const tasks = outermost(mine);
  const sum = (list: TraceEvent[], f: (e: TraceEvent) => number) => list.reduce((s, e) => s + f(e), 0);
  const cpu = (list: TraceEvent[]) => sum(list, (e) => ms(e.tdur));

  const evaluate = mine.find((e) => e.name === 'EvaluateScript' && e.ph === 'X');
  let phases: Pick<
    WorkerCost,
    'startCpuMs' | 'compileCpuMs' | 'evaluateCpuMs' | 'untilSavedCpuMs' | 'afterSavedCpuMs'
  > = {
    startCpuMs: null,
    compileCpuMs: null,
    evaluateCpuMs: null,
    untilSavedCpuMs: null,
    afterSavedCpuMs: null,
  };
  if (evaluate) {
    const inside = (e: TraceEvent) => e.ts >= evaluate.ts && e.ts < evaluate.ts + (evaluate.dur ?? 0);
    const compile = cpu(mine.filter((e) => e.name === 'v8.compile' && e.ph === 'X' && inside(e)));
    const run = cpu(mine.filter((e) => e.name === 'v8.run' && e.ph === 'X' && inside(e)));
    const evalTask = tasks.find((t) => t.ts <= evaluate.ts && evaluate.ts < t.ts + (t.dur ?? 0));
    const before = tasks.filter((t) => t.ts + (t.dur ?? 0) <= evaluate.ts);
    const after = tasks.filter((t) => t.ts >= evaluate.ts + (evaluate.dur ?? 0) && t !== evalTask);
    const saved = savedMarker ? timeStamp(events, savedMarker) : undefined;
    phases = {
      startCpuMs: cpu(before) + (evalTask ? ms(evalTask.tdur) - compile - run : 0),
      compileCpuMs: compile,
      evaluateCpuMs: run,
      untilSavedCpuMs: saved ? cpu(after.filter((t) => t.ts < saved.ts)) : null,
      afterSavedCpuMs: saved ? cpu(after.filter((t) => t.ts >= saved.ts)) : null,
    };
  } else if (savedMarker) {
    const saved = timeStamp(events, savedMarker);
    if (saved) {
      phases.untilSavedCpuMs = cpu(tasks.filter((t) => t.ts < saved.ts));
      phases.afterSavedCpuMs = cpu(tasks.filter((t) => t.ts >= saved.ts));
    }
  }
  return {
    cpuMs: cpu(tasks),
    wallMs: sum(tasks, (e) => ms(e.dur)),
    tasks: tasks.length,
    apiCalls: mine.filter((e) => e.name === 'NativeExtensionBindingsSystem::SendRequest' && e.ph === 'X')
      .length,
    ...phases,
    tasksWithoutCpu: tasks.filter((t) => t.tdur === undefined).length,
  };
}

/** One V8 CPU profile recorded in a trace (`disabled-by-default-v8.cpu_profiler`). */
export interface TraceProfile {
  pid: number;
  tid: number;
  nodes: Map<number, ProfileNode>;
  /** Leaf node per sample, with the sample's own position (line/column, 0-based) and its time. */
  samples: { node: number; line: number | undefined; column: number | undefined; us: number; ts: number }[];
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: {
    functionName: string;
    url?: string;
    lineNumber?: number;
    columnNumber?: number;
    codeType?: string;
  };
}

/** The CPU profiles in a trace, each assembled from its chunks. */
export function traceProfiles(events: TraceEvent[]): TraceProfile[] {
  const byId = new Map<string, TraceProfile & { startTime: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      const data = e.args?.data as { startTime: number };
      byId.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        nodes: new Map(),
        samples: [],
        startTime: data.startTime,
      });
    }
  }
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id).sort((a, b) => a.ts - b.ts);
  const clock = new Map<string, number>();
  for (const c of chunks) {
    const key = `${c.pid}:${c.id}`;
    const p = byId.get(key);
    if (!p) continue;
    const data = c.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      lines?: number[];
      columns?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let t = clock.get(key) ?? p.startTime;
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      // A sample stands for the time until the next one; its own delta is the best estimate here.
      const line = data.lines?.[i];
      const column = data.columns?.[i];
      p.samples.push({
        node: samples[i] as number,
        line: line === undefined || line <= 0 ? undefined : line - 1,
        column: column === undefined || column <= 0 ? undefined : column - 1,
        us: deltas[i + 1] ?? deltas[i] ?? 0,
        ts: t,
      });
    }
    clock.set(key, t);
  }
  return [...byId.values()];
}

/** Categories for a page's load: main-thread work, user timing, first paint, requests. */
export const PAGE_LOAD_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

/** Main-thread events that are the page's script: compiling, evaluating, calling into it, microtasks. */
const SCRIPT = new Set([
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.compile',
  'v8.run',
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'RunMicrotasks',
]);
const RENDERING = new Set([
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
]);

/** Total length of the union of intervals [ts, ts + dur), clipped to [from, to). */
function covered(events: TraceEvent[], from: number, to: number): number {
  const spans = events
    .map((e) => [Math.max(from, e.ts), Math.min(to, e.ts + (e.dur ?? 0))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

export interface PageLoad {
  firstPaintMs: number;
  /** Main thread busy before first contentful paint, and how much of that was script / rendering. */
  busyMs: number;
  scriptMs: number;
  renderingMs: number;
  /** Files the page asked for before its first contentful paint and before `readyMark` (the document included). */
  filesBeforePaint: string[];
  filesBeforeReady: string[] | null;
}

/** A trace that lacks the events a page load is read from (Chromium sometimes drops them). */
export class IncompleteTrace extends Error {}

/** What happened on a page's main thread from its navigation to `url` until first contentful paint. */
export function pageLoad(events: TraceEvent[], url: string, readyMark?: string): PageLoad {
  const nav = events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === url,
    )
    .at(-1);
  if (!nav) {
    const seen = events
      .filter((e) => e.name === 'navigationStart')
      .map((e) => (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL);
    throw new IncompleteTrace(
      `trace has no navigation to ${url} (${events.length} events; navigations to ${JSON.stringify(seen)})`,
    );
  }
  const navId = (nav.args?.data as { navigationId?: string } | undefined)?.navigationId;
  const ofNav = (e: TraceEvent) =>
    (e.args?.data as { navigationId?: string } | undefined)?.navigationId === navId;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && ofNav(e));
  if (!fcp) throw new Error(`trace has no first contentful paint for ${url}`);
  const ready = readyMark ? events.find((e) => e.name === readyMark && ofNav(e)) : undefined;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X');
  const requests = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.pid === nav.pid && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts);
  const filesBefore = (t: number) =>
    requests.filter((e) => e.ts < t).map((e) => String((e.args?.data as { url?: string } | undefined)?.url));
  return {
    firstPaintMs: ms(fcp.ts - nav.ts),
    busyMs: ms(covered(outermost(main), nav.ts, fcp.ts)),
    scriptMs: ms(
      covered(
        main.filter((e) => SCRIPT.has(e.name)),
        nav.ts,
        fcp.ts,
      ),
    ),
    renderingMs: ms(
      covered(
        main.filter((e) => RENDERING.has(e.name)),
        nav.ts,
        fcp.ts,
      ),
    ),
    filesBeforePaint: filesBefore(fcp.ts),
    filesBeforeReady: ready ? filesBefore(ready.ts) : null,
  };
}
