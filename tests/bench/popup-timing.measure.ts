import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { CONTENT_VERSION } from '@/src/content/version';
import { type BenchBrowser, launchWithExtensions } from './support/browser';
import type { TraceEvent } from './support/cdp';
import { buildControlExtension } from './support/control-extension';
import { SHIPPED } from './support/mapped-build';
import { median, percentile, saveResult } from './support/results';
import { IncompleteTrace, PAGE_LOAD_CATEGORIES, type PageLoad, pageLoad } from './support/trace';

// Popup time to first contentful paint and to "ready" (the popup's performance mark
// `nape:ready`, set once the status shows real data), as medians over fresh tabs, interleaved
// with the control extension's empty popup in the same browser. Warm: workers running. Cold:
// every worker stopped through CDP before each open. Reported, never gated: machines are noisy.
// Then a few more warm opens each, traced: which files the popup loads before it paints and
// before it is ready (their gzip size from the build), and how much of the main thread's time
// until first paint is script (tracing slows the page a little, so these opens are not timed).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const TRACED = Number(process.env.BENCH_TRACED_TABS ?? 7);
const READY = 'nape:ready';

async function openTraced(b: BenchBrowser, id: string, waitForReady: boolean): Promise<PageLoad> {
  const url = `chrome-extension://${id}/popup.html`;
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown[]).filter(isTraceEvent)));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...PAGE_LOAD_CATEGORIES, '__metadata'], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (waitForReady) {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY, {
      timeout: 10_000,
    });
  }
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return pageLoad(events, url, waitForReady ? READY : undefined);
}

/** Count and gzip size (level 9, as sizes.mjs) of the extension's files among `urls`. */
function filesSize(urls: string[]) {
  const gzip = { js: 0, css: 0, html: 0, other: 0 };
  for (const u of urls) {
    const path = new URL(u).pathname;
    const kind = path.endsWith('.js')
      ? 'js'
      : path.endsWith('.css')
        ? 'css'
        : path.endsWith('.html')
          ? 'html'
          : 'other';
    gzip[kind] += gzipSync(readFileSync(join(SHIPPED, path)), { level: 9 }).length;
  }
  return { count: urls.length, files: urls.map((u) => new URL(u).pathname), gzip };
}

async function openAndTime(b: BenchBrowser, id: string, waitForReady: boolean) {
  const page: Page = await b.context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (waitForReady) {
    await page.waitForFunction(() => performance.getEntriesByName('nape:ready').length > 0, undefined, {
      timeout: 10_000,
    });
  }
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    ready: performance.getEntriesByName('nape:ready')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return t;
}

it('popup first paint and ready, against the control', async () => {
  const b = await launchWithExtensions(['.output/chrome-mv3', buildControlExtension()]);
  const [nape, control] = b.ids as [string, string];
  // A returning user: past the safety gate (of the current safety content), so "ready" is the
  // status with real data.
  const setup = await b.extensionPage(nape);
  await setup.evaluate(
    (version) => chrome.storage.local.set({ safetyAck: { version, at: Date.now() } }),
    CONTENT_VERSION,
  );
  await setup.close();
  const hasReadyMark = await (async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${nape}/popup.html`);
    const ok = await page
      .waitForFunction(() => performance.getEntriesByName('nape:ready').length > 0, undefined, {
        timeout: 5000,
      })
      .then(
        () => true,
        () => false,
      );
    // "Ready" must be the status screen, not the safety gate or a question in front of it.
    if (ok) await page.getByRole('button', { name: 'Start routine' }).waitFor({ timeout: 5000 });
    await page.close();
    return ok;
  })();
  const results: Record<string, { nape: { fcp: number[]; ready: number[] }; control: { fcp: number[] } }> =
    {};
  const traced: { nape: PageLoad[]; control: PageLoad[] } = { nape: [], control: [] };
  let incompleteTraces = 0;
  try {
    for (const mode of ['warm', 'cold'] as const) {
      const r = { nape: { fcp: [] as number[], ready: [] as number[] }, control: { fcp: [] as number[] } };
      for (let i = 0; i < ROUNDS; i++) {
        // Interleave, alternating which goes first, so drift in the machine hits both alike.
        const order = i % 2 ? (['control', 'nape'] as const) : (['nape', 'control'] as const);
        for (const who of order) {
          if (mode === 'cold') await b.stopAllWorkers();
          const t = await openAndTime(b, who === 'nape' ? nape : control, who === 'nape' && hasReadyMark);
          r[who].fcp.push(t.fcp);
          if (who === 'nape') r.nape.ready.push(t.ready);
        }
      }
      results[mode] = r;
    }
    for (let i = 0; i < TRACED; i++) {
      const order = i % 2 ? (['control', 'nape'] as const) : (['nape', 'control'] as const);
      for (const who of order) {
        // A trace without the page's navigation cannot be read: it is set aside, counted and
        // printed, and the tab opened again (twice at most, then the measure fails).
        for (let attempt = 0; ; attempt++) {
          try {
            traced[who].push(
              await openTraced(b, who === 'nape' ? nape : control, who === 'nape' && hasReadyMark),
            );
            break;
          } catch (error) {
            if (!(error instanceof IncompleteTrace) || attempt === 2) throw error;
            console.warn(`popup-timing: ${who}: ${error.message}; tracing another tab`);
            incompleteTraces++;
          }
        }
      }
    }
  } finally {
    await b.close();
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([mode, r]) => {
      const napeFcp = median(r.nape.fcp);
      const controlFcp = median(r.control.fcp);
      const ready = hasReadyMark ? median(r.nape.ready) : null;
      return [
        mode,
        {
          rounds: ROUNDS,
          napeFcpMs: napeFcp,
          controlFcpMs: controlFcp,
          fcpRatio: napeFcp / controlFcp,
          napeReadyMs: ready,
          readyRatio: ready === null ? null : ready / controlFcp,
          // The spread over the tabs (25th and 75th percentiles), for judging a change.
          napeFcpIqr: [percentile(r.nape.fcp, 25), percentile(r.nape.fcp, 75)],
          controlFcpIqr: [percentile(r.control.fcp, 25), percentile(r.control.fcp, 75)],
          napeReadyIqr: hasReadyMark ? [percentile(r.nape.ready, 25), percentile(r.nape.ready, 75)] : null,
        },
      ];
    }),
  );
  const mainThread = (list: PageLoad[]) => ({
    tabs: list.length,
    firstPaintMs: median(list.map((l) => l.firstPaintMs)),
    busyMs: median(list.map((l) => l.busyMs)),
    scriptMs: median(list.map((l) => l.scriptMs)),
    renderingMs: median(list.map((l) => l.renderingMs)),
  });
  // The files of the last traced open (the same in every open; the counts' range says if not).
  const lastNape = traced.nape.at(-1);
  const lastControl = traced.control.at(-1);
  const counts = (f: (l: PageLoad) => number) => [
    Math.min(...traced.nape.map(f)),
    Math.max(...traced.nape.map(f)),
  ];
  saveResult('popup-timing', {
    ...summary,
    traced: {
      nape: mainThread(traced.nape),
      control: mainThread(traced.control),
      incompleteTraces,
      napeFilesBeforePaint: lastNape ? filesSize(lastNape.filesBeforePaint) : null,
      napeFilesBeforeReady: lastNape?.filesBeforeReady ? filesSize(lastNape.filesBeforeReady) : null,
      controlFilesBeforePaint: lastControl ? filesSize(lastControl.filesBeforePaint) : null,
      napeFileCountRange: {
        beforePaint: counts((l) => l.filesBeforePaint.length),
        beforeReady: counts((l) => l.filesBeforeReady?.length ?? 0),
      },
    },
  });
});

/** A trace event as the bench reads it: CDP types them as plain records. */
function isTraceEvent(value: unknown): value is TraceEvent {
  return typeof value === 'object' && value !== null && 'name' in value && 'ts' in value && 'ph' in value;
}
