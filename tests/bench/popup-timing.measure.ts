import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { type BenchBrowser, launchWithExtensions } from './support/browser';
import { buildControlExtension } from './support/control-extension';
import { median, saveResult } from './support/results';

// Popup time to first contentful paint and to "ready" (the popup's performance mark
// `nape:ready`, set once the status shows real data), as medians over fresh tabs, interleaved
// with the control extension's empty popup in the same browser. Warm: workers running. Cold:
// every worker stopped through CDP before each open. Reported, never gated: machines are noisy.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

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
  // A returning user: past the safety gate, so "ready" is the status with real data.
  const setup = await b.extensionPage(nape);
  await setup.evaluate(() => chrome.storage.local.set({ safetyAck: { version: 1, at: Date.now() } }));
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
    await page.close();
    return ok;
  })();
  const results: Record<string, { nape: { fcp: number[]; ready: number[] }; control: { fcp: number[] } }> =
    {};
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
        },
      ];
    }),
  );
  saveResult('popup-timing', summary);
});
