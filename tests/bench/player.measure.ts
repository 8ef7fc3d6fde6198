import { it } from 'vitest';
import { CONTENT_VERSION } from '@/src/content/version';
import { launchWithExtensions } from './support/browser';
import { median, percentile, saveResult } from './support/results';

// The player's render cost per tick in Chromium: from the once-a-second tick to the end of the
// player's commit (performance measures `nape:tick-render`, see src/ui/perf.ts), over a stretch
// of the routine played in real time.

const TICKS = Number(process.env.BENCH_TICKS ?? 40);

it('player render per tick', async () => {
  const b = await launchWithExtensions(['.output/chrome-mv3']);
  const [nape] = b.ids as [string];
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${nape}/popup.html`);
    await page.evaluate(
      (version) => chrome.storage.local.set({ safetyAck: { version, at: Date.now() } }),
      CONTENT_VERSION,
    );
    // A returning user: the first routine's voice question is behind them.
    await page.evaluate(() => chrome.storage.sync.set({ voiceAsked: { at: Date.now() } }));
    await page.reload();
    await page.getByRole('button', { name: 'Start routine' }).click();
    await page.getByRole('timer').waitFor();
    await page.waitForFunction(
      (n) => performance.getEntriesByName('nape:tick-render', 'measure').length >= n,
      TICKS,
      { timeout: (TICKS + 20) * 1000, polling: 1000 },
    );
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('nape:tick-render', 'measure').map((e) => e.duration),
    );
    saveResult('player', {
      ticks: durations.length,
      medianMs: median(durations),
      p95Ms: percentile(durations, 95),
    });
  } finally {
    await b.close();
  }
});
