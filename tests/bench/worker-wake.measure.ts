import { it } from 'vitest';
import { launchCdp, type TraceEvent } from './support/cdp';
import { buildControlExtension } from './support/control-extension';
import { dayWakes } from './support/day-wakes';
import { SHIPPED, sourceMapper, UNMAPPED } from './support/mapped-build';
import { median, percentile, saveResult } from './support/results';
import {
  CPU_CATEGORIES,
  PROFILE_CATEGORIES,
  threadNames,
  traceProfiles,
  type WorkerCost,
  workerCost,
} from './support/trace';
import { createWaker, SAVED, settle, TRIGGER, type Waker, type Who } from './support/wake';

// The cost of a wake: the CPU time the worker's thread spends on one wake by its alarm, cold (Chrome
// had stopped the worker: start, script evaluation, storage reads, one transition, the save, the
// effects) and warm (the worker still running), from the thread CPU time Chromium's trace records
// for every task of the worker's thread. The control worker (an empty alarm listener) is the floor.
// Rounds interleave Nape and the control, alternating which goes first. Then the same CPU per hour:
// these costs times the day's wakes (support/day-wakes.ts). Separately, a few wakes recorded with
// V8's sampling profiler say which modules the JS time goes to (the profiler slows what it
// samples, so its runs give shares only, never the CPU figures).

const ROUNDS = Number(process.env.BENCH_WAKES ?? 21);
const WARMUP = 2;
const PROFILED = Number(process.env.BENCH_PROFILED_WAKES ?? 9);

type Kind = 'cold' | 'warm';

async function tracedWake(
  b: Awaited<ReturnType<typeof launchCdp>>,
  waker: Waker,
  who: Who,
  categories: string[],
): Promise<TraceEvent[]> {
  return b.trace(categories, async () => {
    await waker.wake(who);
    await settle();
  });
}

/** Self time per module in the profiled wakes, split at the end of the script's evaluation. */
function profileShares(runs: TraceEvent[][], moduleAt: (line: number, col: number) => string | null) {
  const phases: Record<string, Map<string, number>> = { evaluation: new Map(), afterEvaluation: new Map() };
  for (const events of runs) {
    const stamp = events.find((e) => e.name === 'TimeStamp');
    const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.pid === stamp?.pid);
    const names = threadNames(events);
    for (const p of traceProfiles(events)) {
      if (p.pid !== stamp?.pid || names.get(`${p.pid}:${p.tid}`) !== 'ServiceWorker thread') continue;
      for (const s of p.samples) {
        let node = p.nodes.get(s.node);
        const leaf = node?.callFrame.functionName;
        if (!node || leaf === '(idle)' || leaf === '(root)') continue;
        let owner: string;
        if (leaf === '(program)') owner = '(V8: compiling, parsing, runtime)';
        else if (leaf === '(garbage collector)') owner = '(V8: garbage collection)';
        else {
          // The nearest frame in the worker's script: at the sample's own position when that frame is
          // the leaf, else where its function starts. Builtins and API calls count for their caller.
          let first = true;
          owner = "(Chrome's extension bindings and builtins)";
          while (node) {
            const f = node.callFrame;
            if (f.url?.endsWith('/background.js')) {
              const line = first && s.line !== undefined ? s.line : (f.lineNumber ?? 0);
              const col = first && s.column !== undefined ? s.column : (f.columnNumber ?? 0);
              owner = moduleAt(line, col) ?? UNMAPPED;
              break;
            }
            first = false;
            node = node.parent === undefined ? undefined : p.nodes.get(node.parent);
          }
        }
        const phase =
          evaluate && s.ts <= evaluate.ts + (evaluate.dur ?? 0) ? phases.evaluation : phases.afterEvaluation;
        phase?.set(owner, (phase.get(owner) ?? 0) + s.us / 1000);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(phases).map(([phase, m]) => {
      const total = [...m.values()].reduce((a, v) => a + v, 0);
      return [
        phase,
        {
          sampledMs: total / Math.max(1, runs.length),
          top: [...m]
            .sort((a, c) => c[1] - a[1])
            .slice(0, 12)
            .map(([module, msTotal]) => ({ module, share: msTotal / total })),
        },
      ];
    }),
  );
}

const summarize = (list: WorkerCost[], key: keyof WorkerCost) => {
  const values = list.map((c) => c[key]).filter((v): v is number => typeof v === 'number');
  return values.length
    ? { median: median(values), p25: percentile(values, 25), p75: percentile(values, 75) }
    : null;
};

it('worker wake: CPU per cold and warm wake, per active and idle hour', async () => {
  const b = await launchCdp([SHIPPED, buildControlExtension()]);
  const [nape, control] = b.ids as [string, string];
  const costs: Record<Who, Record<Kind, WorkerCost[]>> = {
    nape: { cold: [], warm: [] },
    control: { cold: [], warm: [] },
  };
  const profiled: Record<Kind, TraceEvent[][]> = { cold: [], warm: [] };
  let engineActivity: unknown;
  try {
    const waker = await createWaker(b, { nape, control });
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      const order: Who[] = round % 2 ? ['control', 'nape'] : ['nape', 'control'];
      for (const who of order) {
        await b.stopAllWorkers();
        const cold = await tracedWake(b, waker, who, CPU_CATEGORIES);
        // Within seconds of the last event, as a second event in the same worker life.
        const warm = await tracedWake(b, waker, who, CPU_CATEGORIES);
        if (round < WARMUP) continue;
        for (const [kind, run] of [
          ['cold', cold],
          ['warm', warm],
        ] as const) {
          costs[who][kind].push(workerCost(run, TRIGGER, who === 'nape' ? SAVED : undefined));
        }
      }
    }
    for (let i = 0; i < PROFILED; i++) {
      await b.stopAllWorkers();
      profiled.cold.push(await tracedWake(b, waker, 'nape', PROFILE_CATEGORIES));
      profiled.warm.push(await tracedWake(b, waker, 'nape', PROFILE_CATEGORIES));
    }
    // Headless Chromium never sees input, yet reports the user active: the wakes above took the
    // path of an active hour (heartbeat accounting). Recorded so a change would show.
    engineActivity = await waker.pages.nape.evaluate(
      `chrome.storage.local.get('engine').then((r) => r.engine?.activity?.state ?? null)`,
    );
  } finally {
    await b.close();
  }

  const mapper = sourceMapper('background.js');
  const per = (who: Who, kind: Kind) => {
    const list = costs[who][kind];
    return {
      samples: list.length,
      cpuMs: summarize(list, 'cpuMs'),
      wallMs: summarize(list, 'wallMs'),
      apiCalls: summarize(list, 'apiCalls'),
      startCpuMs: summarize(list, 'startCpuMs'),
      compileCpuMs: summarize(list, 'compileCpuMs'),
      evaluateCpuMs: summarize(list, 'evaluateCpuMs'),
      untilSavedCpuMs: summarize(list, 'untilSavedCpuMs'),
      afterSavedCpuMs: summarize(list, 'afterSavedCpuMs'),
      tasksWithoutCpu: list.reduce((s, c) => s + c.tasksWithoutCpu, 0),
    };
  };
  const wakes = {
    nape: { cold: per('nape', 'cold'), warm: per('nape', 'warm') },
    control: { cold: per('control', 'cold'), warm: per('control', 'warm') },
  };
  const day = dayWakes();
  const cpu = (who: Who, kind: Kind) => wakes[who][kind].cpuMs?.median ?? Number.NaN;
  const hourly = (rates: { fresh: number; warm: number }, who: Who) =>
    rates.fresh * cpu(who, 'cold') + rates.warm * cpu(who, 'warm');
  saveResult('worker-wake', {
    rounds: ROUNDS,
    profiledWakes: PROFILED,
    engineActivity,
    wakes,
    profile: {
      cold: profileShares(profiled.cold, mapper.moduleAt),
      warm: profileShares(profiled.warm, mapper.moduleAt),
    },
    day,
    perHour: {
      active: {
        napeCpuMs: hourly(day.perActiveHour, 'nape'),
        controlCpuMs: hourly(day.perActiveHour, 'control'),
      },
      idle: { napeCpuMs: hourly(day.perIdleHour, 'nape'), controlCpuMs: hourly(day.perIdleHour, 'control') },
    },
  });
});
