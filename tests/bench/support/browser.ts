import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROME_PATH, QUIET_CHROMIUM_ARGS } from '@/tests/e2e/support/extension';

export interface BenchBrowser {
  context: BrowserContext;
  /** Extension id per loaded folder, in the order given. */
  ids: string[];
  cdp: CDPSession;
  stopAllWorkers(): Promise<void>;
  /** A CDP command sent to the service worker of extension `id` (attached on demand). */
  workerCommand<T>(id: string, method: string, params?: Record<string, unknown>): Promise<T>;
  extensionPage(id: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Why the welcome tab must load before the bench opens helper pages: Chromium 156 gives an
 * extension process its message catalogue (chrome.i18n) when the first of the extension's HTML
 * documents in that process asks for it. When the process's first document is a JSON or image
 * file (the bench's helper pages show manifest.json), every page and the worker in that process
 * may then get "" for every message (seen in 1 of 2–4 launches). A user never opens one first;
 * the bench lets Nape's own welcome page load first, as on a real install.
 */
export const FIRST_DOCUMENT = 'the welcome page';

/**
 * The options page of each extension that has one, which it opens on install (Nape's welcome):
 * URL prefixes, in the order of `dirs`.
 */
export function welcomePages(dirs: string[], ids: string[]): string[] {
  return dirs.flatMap((dir, i) => {
    const page = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).options_ui?.page as
      | string
      | undefined;
    return page ? [`chrome-extension://${ids[i]}/${page}`] : [];
  });
}

/** Headless Chromium with several unpacked extensions, and CDP access to their workers. */
export async function launchWithExtensions(dirs: string[]): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'nape-bench-'));
  const abs = dirs.map((d) => resolve(d));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${abs.join(',')}`,
      `--load-extension=${abs.join(',')}`,
      ...QUIET_CHROMIUM_ARGS,
      '--js-flags=--expose-gc',
    ],
  });
  const cdpPage = await context.newPage();
  const cdp = await context.newCDPSession(cdpPage);
  await cdp.send('ServiceWorker.enable');

  // Extension ids: from the workers' script URLs, matched to folders by manifest name order.
  const idsByName = new Map<string, string>();
  for (let tries = 0; tries < 100 && idsByName.size < dirs.length; tries++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const t of targetInfos) {
      if (t.type === 'service_worker' && t.url.startsWith('chrome-extension://')) {
        idsByName.set(t.url, new URL(t.url).host);
      }
    }
    if (idsByName.size < dirs.length) await new Promise((r) => setTimeout(r, 100));
  }
  const ids: string[] = [];
  for (const dir of abs) {
    const name = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).background
      ?.service_worker as string;
    const match = [...idsByName.keys()].find(
      (url) => url.endsWith(`/${name}`) && !ids.includes(new URL(url).host),
    );
    if (!match) throw new Error(`no service worker found for ${dir}`);
    ids.push(new URL(match).host);
  }

  // Nape opens its welcome tab on install. Left open, it would keep Nape's extension process alive
  // through every "cold" popup open while the control's process has to start again; arriving late,
  // it would push the measured tab into the background. Wait for it to load (see FIRST_DOCUMENT)
  // and close it.
  const welcome = welcomePages(abs, ids);
  for (let i = 0; i < 200 && welcome.some((u) => !context.pages().some((p) => p.url().startsWith(u))); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const p of context.pages()) {
    if (!p.url().startsWith('chrome-extension://')) continue;
    await p.waitForLoadState('load');
    await p.close();
  }

  // Messages to and from attached worker targets (flatten: false keeps this on one session).
  const pending = new Map<number, (v: { result?: unknown; error?: unknown }) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg);
  });
  const sessions = new Map<string, string>();

  return {
    context,
    ids,
    cdp,
    async stopAllWorkers() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      sessions.clear();
      for (let i = 0; i < 100; i++) {
        const { targetInfos } = await cdp.send('Target.getTargets');
        if (!targetInfos.some((t) => t.type === 'service_worker' && ids.some((id) => t.url.includes(id))))
          break;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async workerCommand<T>(id: string, method: string, params: Record<string, unknown> = {}) {
      let sessionId = sessions.get(id);
      if (!sessionId) {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(id));
        if (!target) throw new Error(`worker of ${id} is not running`);
        ({ sessionId } = await cdp.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        }));
        sessions.set(id, sessionId);
      }
      const callId = nextId++;
      const reply = new Promise<{ result?: unknown; error?: unknown }>((r) => pending.set(callId, r));
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: callId, method, params }),
      });
      const { result, error } = await reply;
      pending.delete(callId);
      if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
      return result as T;
    },
    async extensionPage(id: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/manifest.json`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
