import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';

// The Firefox suite's "no errors, no CSP violations, no requests" checks read Firefox's console
// service, its stdout and an HTTP observer, not puppeteer's events (which see nothing from
// extension pages). This proves they can fail: each kind of problem, planted in an extension
// page and in the background, is reported.

describe('the Firefox harness sees what goes wrong', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(() => ext?.close());

  it('uncaught errors, CSP violations, console errors and requests, from a page and the background', async () => {
    const page = await ext.open('popup.html');
    await page.evaluate(() => {
      console.error('probe: console error');
      setTimeout(() => {
        throw new Error('probe: uncaught');
      });
      const inline = document.createElement('script');
      inline.textContent = 'void 0';
      document.head.append(inline);
      void fetch('https://probe.invalid/from-page').catch(() => undefined);
    });
    await ext.evaluate(async () => {
      const bg = (await chrome.runtime.getBackgroundPage()) as Window & typeof globalThis;
      bg.console.error('probe: background console error');
      void bg.fetch('https://probe.invalid/from-background').catch(() => undefined);
    });

    await expect
      .poll(async () => Object.values(await ext.problems()).every((found) => found.length > 0))
      .toBe(true);
    const problems = await ext.problems();
    expect(problems.consoleErrors).toEqual(['"probe: console error"', '"probe: background console error"']);
    expect(problems.pageErrors).toEqual([expect.stringContaining('probe: uncaught')]);
    // One report per policy that refused it (the manifest's and Firefox's own for extensions).
    for (const csp of problems.cspViolations) expect(csp).toMatch(/blocked an inline script.*popup\.html/);
    await expect
      .poll(() => ext.externalRequests())
      .toEqual(['https://probe.invalid/from-page', 'https://probe.invalid/from-background']);
  });
});
