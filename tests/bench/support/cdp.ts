import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_PATH, QUIET_CHROMIUM_ARGS } from '@/tests/e2e/support/extension';
import { welcomePages } from './browser';

// Headless Chromium driven over plain CDP, without Playwright: for the worker measures. Playwright
// attaches itself to every service worker as it starts (and enables its Runtime domain there), which
// would put its own work into the very start-up and heap being measured. Here nothing is attached to
// a worker unless a measure asks, and tracing sees the browser from the outside.

export interface CdpMessage {
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface CdpPage {
  targetId: string;
  sessionId: string;
  /** Evaluates a JS expression in the page (awaited); the value comes back as JSON. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface CdpBrowser {
  /** Extension id per loaded folder, in the order given. */
  ids: string[];
  send<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<T>;
  /** Listens to every event; returns the function that stops listening. */
  on(listener: (m: CdpMessage) => void): () => void;
  waitFor(predicate: (m: CdpMessage) => boolean, timeoutMs?: number): Promise<CdpMessage>;
  /** The worker's running status, as Chromium's ServiceWorker domain last reported it. */
  workerStatus(id: string): string;
  waitForWorker(id: string, status: 'running' | 'stopped', timeoutMs?: number): Promise<void>;
  /** What Chrome does to an idle worker after 30 s: stops every service worker, and waits for it. */
  stopAllWorkers(): Promise<void>;
  /** A flat CDP session attached to the running worker of extension `id`. */
  workerSession(id: string): Promise<string>;
  openPage(url: string): Promise<CdpPage>;
  /** Records a trace of `categories` around `during` and returns its events. */
  trace(categories: string[], during: () => Promise<void>): Promise<TraceEvent[]>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export async function launchCdp(dirs: string[]): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'nape-bench-cdp-'));
  const started: { proc?: ChildProcess } = {};
  try {
    return await connect(dirs, profile, started);
  } catch (error) {
    // A browser that never became usable (an extension that did not load, say) must not outlive
    // the measure: it would run beside every later one.
    started.proc?.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

async function connect(
  dirs: string[],
  profile: string,
  started: { proc?: ChildProcess },
): Promise<CdpBrowser> {
  const abs = dirs.map((d) => resolve(d));
  const proc: ChildProcess = spawn(
    CHROME_PATH,
    [
      '--headless',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      `--disable-extensions-except=${abs.join(',')}`,
      `--load-extension=${abs.join(',')}`,
      '--lang=en',
      ...QUIET_CHROMIUM_ARGS,
      'about:blank',
    ],
    { stdio: 'ignore', env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en' } },
  );
  started.proc = proc;
  const portFile = join(profile, 'DevToolsActivePort');
  const [port, path] = await until('DevToolsActivePort', () => {
    const lines = existsSync(portFile) ? readFileSync(portFile, 'utf8').trim().split('\n') : [];
    return lines.length >= 2 ? lines : undefined;
  });
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((ok, fail) => {
    ws.onopen = ok;
    ws.onerror = fail;
  });

  let nextId = 1;
  const pending = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  const listeners = new Set<(m: CdpMessage) => void>();
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data)) as CdpMessage & { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m);
    else for (const l of [...listeners]) l(m);
  };
  const send = <T>(method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, (m) => {
        pending.delete(id);
        if (m.error) fail(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else ok(m.result as T);
      });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }));
    });
  const on = (l: (m: CdpMessage) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const waitFor = (predicate: (m: CdpMessage) => boolean, timeoutMs = 15_000) =>
    new Promise<CdpMessage>((ok, fail) => {
      const timer = setTimeout(() => {
        off();
        fail(new Error('timed out waiting for a CDP event'));
      }, timeoutMs);
      const off = on((m) => {
        if (!predicate(m)) return;
        clearTimeout(timer);
        off();
        ok(m);
      });
    });

  type TargetInfo = { targetId: string; type: string; url: string };
  const targets = async () => (await send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;

  // Extension ids, from the workers' script URLs matched to each folder's manifest.
  const workerFile = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).background?.service_worker as string;
  const ids = await until('every extension worker', async () => {
    const urls = (await targets()).filter((t) => t.type === 'service_worker').map((t) => t.url);
    const found = abs.map((d) => urls.find((u) => u.endsWith(`/${workerFile(d)}`)));
    return found.every(Boolean) ? found.map((u) => new URL(u as string).host) : undefined;
  });

  // Worker status through the ServiceWorker domain, which lives on a page target: a blank tab.
  const { targetId: blankId } = await send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId: blank } = await send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: blankId,
    flatten: true,
  });
  const status = new Map<string, string>();
  on((m) => {
    if (m.method !== 'ServiceWorker.workerVersionUpdated') return;
    for (const v of (m.params?.versions ?? []) as { scriptURL: string; runningStatus: string }[]) {
      status.set(new URL(v.scriptURL).host, v.runningStatus);
    }
  });
  await send('ServiceWorker.enable', {}, blank);
  const workerStatus = (id: string) => status.get(id) ?? 'unknown';
  const waitForWorker = (id: string, want: 'running' | 'stopped', timeoutMs = 15_000) =>
    until(`worker ${id} ${want}`, () => (workerStatus(id) === want ? true : undefined), timeoutMs).then(
      () => undefined,
    );

  const sessions = new Map<string, string>();
  on((m) => {
    if (m.method === 'Target.detachedFromTarget') {
      for (const [id, s] of sessions) if (s === m.params?.sessionId) sessions.delete(id);
    }
  });

  // The tab an extension opens on install (Nape's welcome page) would run beside every measure:
  // wait for it to load (FIRST_DOCUMENT in ./browser says why), and close it.
  const welcome = welcomePages(abs, ids);
  await until('the welcome tabs', async () => {
    const urls = (await targets()).map((t) => t.url);
    return welcome.every((w) => urls.some((u) => u.startsWith(w))) ? true : undefined;
  }).catch(() => undefined);
  for (const t of await targets()) {
    if (t.type === 'page' && t.url.startsWith('chrome-extension://')) {
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: true,
      });
      await until('the welcome page to load', async () => {
        const r = await send<{ result: { value?: string } }>(
          'Runtime.evaluate',
          { expression: 'document.readyState', returnByValue: true },
          sessionId,
        );
        return r.result.value === 'complete' ? true : undefined;
      });
      await send('Target.closeTarget', { targetId: t.targetId });
    }
  }

  const browser: CdpBrowser = {
    ids,
    send,
    on,
    waitFor,
    workerStatus,
    waitForWorker,
    async stopAllWorkers() {
      await send('ServiceWorker.stopAllWorkers', {}, blank);
      for (const id of ids) await waitForWorker(id, 'stopped');
      sessions.clear();
    },
    async workerSession(id) {
      const known = sessions.get(id);
      if (known) return known;
      const all = await targets();
      const target = all.find((t) => t.type === 'service_worker' && t.url.includes(id));
      if (!target) {
        throw new Error(
          `the worker of ${id} is not running (status ${workerStatus(id)}; targets ${all.map((t) => `${t.type} ${t.url}`).join(', ')})`,
        );
      }
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: true,
      });
      sessions.set(id, sessionId);
      return sessionId;
    },
    async openPage(url) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await send('Page.enable', {}, sessionId);
      const loaded = waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired');
      await send('Page.navigate', { url }, sessionId);
      await loaded;
      return {
        targetId,
        sessionId,
        async evaluate<T>(expression: string) {
          const r = await send<{ result: { value?: T }; exceptionDetails?: unknown }>(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (r.exceptionDetails) throw new Error(`in page: ${JSON.stringify(r.exceptionDetails)}`);
          return r.result.value as T;
        },
        close: () => send('Target.closeTarget', { targetId }).then(() => undefined),
      };
    },
    async trace(categories, during) {
      const events: TraceEvent[] = [];
      const off = on((m) => {
        if (m.method === 'Tracing.dataCollected') events.push(...((m.params?.value ?? []) as TraceEvent[]));
      });
      await send('Tracing.start', {
        traceConfig: { includedCategories: [...categories, '__metadata'], excludedCategories: ['*'] },
        transferMode: 'ReportEvents',
      });
      try {
        await during();
      } finally {
        const complete = waitFor((m) => m.method === 'Tracing.tracingComplete', 60_000);
        await send('Tracing.end');
        await complete;
        off();
      }
      return events;
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      ws.close();
      await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(5000)]);
      if (proc.exitCode === null) proc.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
