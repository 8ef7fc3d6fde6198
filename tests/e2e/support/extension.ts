import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { startUpWakeDone } from './engine-fixtures';
import { acknowledgeSafety, rememberVoiceAnswer } from './popup-page';

/** The production Chrome build; `npm run build` makes it (test:e2e runs after build). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** No GPU, and no reaching out: this machine's network is closed, so keep Chromium from trying. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
];

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  pageErrors: string[];
}

export interface Extension {
  context: BrowserContext;
  id: string;
  /** URLs of every request the browser made that did not stay inside the extension. */
  externalRequests: string[];
  /** The running service worker, waking it if it was stopped. */
  worker(): Promise<Worker>;
  /** Stops every service worker through CDP, as Chrome does after 30 s idle (waits for one to run). */
  stopWorker(): Promise<void>;
  /** Stops the worker if it is running at this moment; says whether it was. */
  stopWorkerIfRunning(): Promise<boolean>;
  /** Opens an extension page and records its console errors and CSP violations. */
  open(path: string): Promise<{ page: Page; problems: PageProblems }>;
  /** Reads a storage area through an extension page (the worker may be asleep). */
  storage(area: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>>;
  /** Runs a function in an extension page, with the extension's APIs. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'ru' (drives chrome.i18n). */
  lang?: string;
}

/**
 * The browser of a returning user: the safety note acknowledged and the voice question answered,
 * so the popup opens on its status. Most journeys start here; the gate and the question have
 * journeys of their own. `clock` installs Playwright's clock first, for tests that pause time.
 */
export async function launchReturningUser(
  options: LaunchOptions & { clock?: boolean } = {},
): Promise<Extension> {
  const { clock, ...launch } = options;
  const ext = await launchExtension(launch);
  if (clock) await ext.context.clock.install();
  await acknowledgeSafety(ext);
  await rememberVoiceAnswer(ext);
  return ext;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const profile = mkdtempSync(join(tmpdir(), 'nape-e2e-'));
  const lang = options.lang ?? 'en';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang}`,
      ...QUIET_CHROMIUM_ARGS,
    ],
  });

  const externalRequests: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!/^(chrome-extension|data|blob|about|chrome):/.test(url)) externalRequests.push(url);
  });

  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  const ours = (url: string) => url.startsWith(`chrome-extension://${id}/`);
  // Playwright's Worker handle is bound to the service-worker target, which Chromium keeps across
  // stops and restarts of the same version: after a restart the same handle evaluates in the new
  // instance. Whether the worker is running is read from CDP's ServiceWorker domain instead.
  const handle: Worker = sw;
  // The CDP session sits on a plain tab: on an extension page Chromium closes it under us.
  const cdpPage = await context.newPage();
  const cdp = await context.newCDPSession(cdpPage);
  const versions = new Map<string, string>();
  const statusWaiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (ours(v.scriptURL)) versions.set(v.versionId, v.runningStatus);
    for (const w of statusWaiters) w();
  });
  const until = (cond: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (cond()) {
          statusWaiters.delete(check);
          resolve();
        }
      };
      statusWaiters.add(check);
      check();
    });
  const running = () => [...versions.values()].some((s) => s === 'running');
  await cdp.send('ServiceWorker.enable');
  await until(running);
  // The first install opens the welcome tab. Let it arrive before handing the browser to a test,
  // so that nothing (a clock install, a page count) races with a tab still being created.
  for (let i = 0; i < 200 && !context.pages().some((p) => p.url().includes('options.html')); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }

  let helperPage: Page | undefined;
  const helper = async () => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await context.newPage();
      // A blank extension page: it has the extension's APIs and needs the worker for nothing.
      await helperPage.goto(`chrome-extension://${id}/manifest.json`);
    }
    return helperPage;
  };

  const ext: Extension = {
    context,
    id,
    externalRequests,
    async worker() {
      if (!running()) {
        // Any extension event wakes the worker; a message to its onMessage listener is the cheapest.
        await ext.evaluate(
          () => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined),
          undefined,
        );
        await until(running);
      }
      return handle;
    },
    async stopWorker() {
      await until(running);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(() => [...versions.values()].every((s) => s === 'stopped'));
    },
    async stopWorkerIfRunning() {
      if (!running()) return false;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(() => [...versions.values()].every((s) => s === 'stopped'));
      return true;
    },
    async open(path) {
      const page = await context.newPage();
      const problems: PageProblems = { consoleErrors: [], cspViolations: [], pageErrors: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') problems.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
      await page.exposeFunction('__napeCsp', (v: string) => problems.cspViolations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (Reflect.get(window, '__napeCsp') as (v: string) => void)(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`chrome-extension://${id}/${path}`);
      return { page, problems };
    },
    async storage(area) {
      const page = await helper();
      return page.evaluate((a) => chrome.storage[a].get(null) as Promise<Record<string, unknown>>, area);
    },
    async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const page = await helper();
      // Playwright's own generic (Unboxed<A>) does not line up with a plain (arg: A) => R.
      return page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  await startUpWakeDone(ext);
  return ext;
}
