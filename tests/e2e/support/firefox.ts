import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startUpWakeDone } from './engine-fixtures';
import type { PageProblems } from './extension';
import type { ExtensionPages, StorageArea } from './extension-pages';
import { acknowledgeSafety, rememberVoiceAnswer } from './popup-page';

// The production Firefox build in Debian's Firefox ESR, headless, driven over WebDriver BiDi by
// puppeteer-core and installed as a temporary add-on (docs/platform.md, How the end-to-end suites
// drive the browsers). Several things a test needs are not BiDi targets in Firefox: the background
// (an event page), the notifications (alert windows) and the toolbar. They are reached in Firefox's
// privileged "chrome" scope, which BiDi opens to a client started with
// --remote-allow-system-access; see `inChrome` below.

/** The production Firefox build; `npm run build` makes it (test:e2e runs after the build). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Fixed by the pref below, so the pages' addresses are known before install. */
const UUID = '4e1a9c62-5b7d-4f0e-8a3c-2d9b6e7f1a05';
export const ORIGIN = `moz-extension://${UUID}`;

/** The gecko id, from the built manifest (wxt.config.ts owns it). */
function geckoId(): string {
  const manifest = resolve(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first`);
  const id = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

const prefs = (id: string) => ({
  // The extension's address: moz-extension://<UUID>/ for our gecko id.
  'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }),
  // Headless Firefox closes every notification at once through the system backend: use its own
  // alert windows, which stay up for their 20-s animation and can be clicked.
  'alerts.useSystemBackend': false,
  // Console calls in extension pages and the background reach no BiDi client; Firefox prints them
  // on stdout instead. Firefox's own chrome code stays off stdout as far as a pref can keep it.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': false,
  // Experiments and rollouts fetch recipes at start and log an error when the network is closed.
  'nimbus.rollouts.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  // English UI, whatever the machine's locale (the extension's i18n follows it).
  'intl.locale.requested': 'en-US',
});

/** The raw BiDi connection under puppeteer's Browser (an internal, so checked). */
interface BidiConnection {
  send(method: string, params: object, timeout?: number): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface ShownNotification {
  title: string;
  text: string;
}

export interface FirefoxExtension extends ExtensionPages {
  browser: Browser;
  /** Opens an extension page (e.g. 'popup.html') in a new tab and waits until it has loaded. */
  open(path: string): Promise<Page>;
  /**
   * Everything that went wrong in any of the extension's pages or its background since launch:
   * uncaught errors and CSP violations (from Firefox's console service), console.error calls
   * (from Firefox's stdout). Firefox does not say which page a console call came from.
   */
  problems(): Promise<PageProblems>;
  /** console.warn calls of the extension's pages and background, as printed on stdout. */
  consoleWarnings(): string[];
  /** Every HTTP(S) request the extension's pages or background made. */
  externalRequests(): Promise<string[]>;
  /** The notifications on screen now: Firefox's own alert windows. */
  notificationsOnScreen(): Promise<ShownNotification[]>;
  /** Clicks the notification with this title, where a person would: on its text. */
  clickNotification(title: string): Promise<void>;
  /** The badge on the toolbar button, after pinning the button to the toolbar as a user would. */
  toolbarBadge(): Promise<string>;
  /** 'running', 'stopped', …: the event page's state as Firefox keeps it. */
  backgroundState(): Promise<string>;
  /** Suspends the event page as soon as it is idle, as Firefox does after 30 s without events. */
  stopBackground(): Promise<void>;
  /**
   * Presses a key combination ('Alt+Shift+H') in the browser window, as a keyboard does: trusted
   * key events through Firefox's text input processor, so its own shortcut handling sees them.
   */
  pressKeys(combination: string): Promise<void>;
  close(): Promise<void>;
}

/** Firefox for a returning user, past the safety gate and the voice question (launchReturningUser's twin). */
export async function launchFirefoxReturningUser(): Promise<FirefoxExtension> {
  const ext = await launchFirefox();
  await acknowledgeSafety(ext);
  await rememberVoiceAnswer(ext);
  return ext;
}

export async function launchFirefox(): Promise<FirefoxExtension> {
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi open moz-extension:// pages ("Navigation to moz-extension://… is not allowed in
    // this context" without it) and reach the chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(id),
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
  });

  const stdout = collectStdout(browser);
  // puppeteer-core keeps its BiDi connection private; Reflect reads it without pretending it is public.
  const bidi = Reflect.get(browser, 'connection') as BidiConnection | undefined;
  if (typeof bidi?.send !== 'function')
    throw new Error(
      'puppeteer-core no longer exposes browser.connection: update tests/e2e/support/firefox.ts',
    );
  const send = async <T>(method: string, params: object) => (await bidi.send(method, params)).result as T;

  type Context = { context: string; url: string };
  const chromeContexts = async () =>
    (await send<{ contexts: Context[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts;
  const contentUrls = async () =>
    (await send<{ contexts: Context[] }>('browsingContext.getTree', {})).contexts.map((c) => c.url);

  /**
   * Evaluates an expression with Firefox's own privileges in a chrome window (the browser window
   * unless another context is given). What it returns goes through JSON.
   */
  const inChrome = async <T>(expression: string, context?: string): Promise<T> => {
    const target = context ?? (await chromeContexts()).find((c) => c.url.endsWith('/browser.xhtml'))?.context;
    if (!target) throw new Error('no browser window in the chrome scope');
    const r = await send<EvaluateResult>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => ${expression})() ?? null))()`,
      target: { context: target },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`in chrome scope: ${r.exceptionDetails?.text}`);
    return JSON.parse(String(r.result?.value)) as T;
  };

  // Before the extension exists, so nothing it does is missed: its uncaught errors and CSP
  // violations as Firefox reports them to the console service, and every HTTP request with the
  // principal that made it. Both are kept on the browser window, which lives as long as the test.
  await inChrome(`(() => {
    window.__nape = { errors: [], csp: [], requests: [] };
    Services.console.registerListener({
      observe(m) {
        if (!(m instanceof Ci.nsIScriptError) || !m.sourceName.startsWith(${JSON.stringify(ORIGIN)})) return;
        if (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
        // Firefox's note that an API call settled after its page or event page was unloaded (a tab
        // closed, the background suspended mid-call), reported at the caller's line. It is about
        // the unload, not our code, and the product is built to be cut off between any two lines.
        if (m.errorMessage.includes('after context unloaded')) return;
        const line = m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')';
        (m.category.startsWith('CSP') ? window.__nape.csp : window.__nape.errors).push(line);
      },
    });
    Services.obs.addObserver((subject) => {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const by = channel.loadInfo?.triggeringPrincipal;
      window.__nape.requests.push({ url: channel.URI.spec, addonId: by?.addonId ?? '' });
    }, 'http-on-opening-request');
  })()`);

  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  // A tab at the extension's address with no app in it: manifest.json, shown as text (puppeteer
  // turns the JSON viewer off). It has the extension's APIs and wakes nothing. It opens in the
  // background: a page a test is looking at must stay the selected tab, or Firefox stops its
  // animation frames (the player's clock) as it does for any hidden tab.
  let helper: Page | undefined;
  const helperPage = async () => {
    if (!helper || helper.isClosed()) helper = await open('manifest.json', { background: true });
    return helper;
  };

  /**
   * puppeteer's page.goto() never resolves for moz-extension:// pages in Firefox 153 (the page
   * loads, but puppeteer's navigation tracking gets no events), so navigate with BiDi itself.
   */
  async function open(path: string, options: { background?: boolean } = {}) {
    const page = await browser.newPage(options);
    const context = Reflect.get(page.mainFrame(), '_id') as string | undefined;
    if (!context)
      throw new Error('puppeteer-core no longer exposes frame._id: update tests/e2e/support/firefox.ts');
    const url = `${ORIGIN}/${path}`;
    await send('browsingContext.navigate', { context, url, wait: 'complete' });
    // Don't trust page.url() either: ask the document itself.
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
    return page;
  }

  // Firefox opens the welcome tab on install (the product does): let it arrive before a test
  // starts, so that nothing races with a tab still being created.
  for (let i = 0; i < 200 && !(await contentUrls()).some((u) => u.includes('/options.html')); i++)
    await new Promise((r) => setTimeout(r, 50));

  const ext: FirefoxExtension = {
    browser,
    open: (path) => open(path),
    async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const page = await helperPage();
      return page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
    },
    storage: (area: StorageArea) =>
      ext.evaluate((a) => chrome.storage[a].get(null) as Promise<Record<string, unknown>>, area),
    async problems() {
      const { errors, csp } = await inChrome<{ errors: string[]; csp: string[] }>('window.__nape');
      return { consoleErrors: stdout.console('error'), cspViolations: csp, pageErrors: errors };
    },
    consoleWarnings: () => stdout.console('warn'),
    async externalRequests() {
      const requests = await inChrome<{ url: string; addonId: string }[]>('window.__nape.requests');
      return requests.filter((r) => r.addonId === id).map((r) => r.url);
    },
    async notificationsOnScreen() {
      const shown: ShownNotification[] = [];
      for (const alert of await alertWindows()) {
        shown.push(
          await inChrome<ShownNotification>(
            `({ title: document.getElementById('alertTitleLabel').value,
                text: document.getElementById('alertTextLabel').textContent })`,
            alert,
          ),
        );
      }
      return shown;
    },
    async clickNotification(title) {
      for (const alert of await alertWindows()) {
        // WebDriver BiDi's input.performActions refuses chrome contexts ("does not support browsing
        // contexts in privileged (chrome) scope"). This is the call it makes in a content page
        // (EventUtils.synthesizeMouseAtPoint → window.synthesizeMouseEvent): a trusted mouse down
        // and up at a point, hit-tested by Firefox, so the alert's own click handler runs and
        // reports the click to the extension as a user's click would.
        const clicked = await inChrome<boolean>(
          `(() => {
            if (document.getElementById('alertTitleLabel').value !== ${JSON.stringify(title)}) return false;
            const r = document.getElementById('alertTextLabel').getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            window.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 }, {});
            window.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 }, {});
            return true;
          })()`,
          alert,
        );
        if (clicked) return;
      }
      throw new Error(`no notification titled "${title}" on screen`);
    },
    async toolbarBadge() {
      // Firefox keeps an MV3 action in the extensions menu until the user pins it (widget ids are
      // the gecko id lower-cased with every other character made '_', ExtensionCommon.makeWidgetId).
      const widget = `${id.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
      return inChrome<string>(`(() => {
        if (CustomizableUI.getPlacementOfWidget('${widget}')?.area !== CustomizableUI.AREA_NAVBAR)
          CustomizableUI.addWidgetToArea('${widget}', CustomizableUI.AREA_NAVBAR);
        return document.getElementById('${widget}').querySelector('.toolbarbutton-badge').textContent;
      })()`);
    },
    backgroundState: () =>
      inChrome<string>(`WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension.backgroundState`),
    async stopBackground() {
      // What Firefox does when the event page has been idle for 30 s (and what its own tests call).
      // Like Firefox, it leaves a page that is still answering a listener running and retries.
      const policy = `WebExtensionPolicy.getByID(${JSON.stringify(id)}).extension`;
      for (let i = 0; i < 100 && (await ext.backgroundState()) !== 'stopped'; i++) {
        await inChrome(`${policy}.backgroundState === 'running' && ${policy}.terminateBackground()`);
        if ((await ext.backgroundState()) !== 'stopped') await new Promise((r) => setTimeout(r, 50));
      }
      if ((await ext.backgroundState()) !== 'stopped') throw new Error('the event page did not stop');
    },
    async pressKeys(combination) {
      // BiDi's input.performActions refuses chrome contexts, and keys sent to a page are not
      // the browser's shortcuts. This is what EventUtils.synthesizeKey does in Firefox's own tests:
      // nsITextInputProcessor dispatches trusted key events in the browser window, here with the
      // focus in its address bar (keys typed into a page reach the shortcuts only after the
      // content process has seen them, which this synthetic path does not go through).
      const keys = combination.split('+').map((k) =>
        k === 'Alt' || k === 'Shift' || k === 'Control'
          ? {
              key: k,
              code: `${k}Left`,
              keyCode: `KeyboardEvent.DOM_VK_${k === 'Control' ? 'CONTROL' : k.toUpperCase()}`,
            }
          : { key: k, code: `Key${k}`, keyCode: `KeyboardEvent.DOM_VK_${k}` },
      );
      const events = keys.map(
        (k) => `new KeyboardEvent('', { key: '${k.key}', code: '${k.code}', keyCode: ${k.keyCode} })`,
      );
      await inChrome(`(() => {
        gURLBar.focus();
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
        const keys = [${events.join(', ')}];
        for (const k of keys) tip.keydown(k);
        for (const k of keys.reverse()) tip.keyup(k);
        return true;
      })()`);
    },
    async close() {
      await browser.close();
    },
  };

  async function alertWindows(): Promise<string[]> {
    return (await chromeContexts())
      .filter((c) => c.url.endsWith('/alerts/alert.xhtml'))
      .map((c) => c.context);
  }

  await startUpWakeDone(ext);
  return ext;
}

/**
 * Firefox's stdout, kept as console calls by level. Content console calls print as
 * `console.<level>: <arguments as JS source>` (a string argument in quotes); Firefox's own chrome
 * loggers that print regardless of the pref start `console.<level>: <Prefix>: ` and are not ours.
 */
function collectStdout(browser: Browser) {
  const calls: { level: string; text: string }[] = [];
  let partial = '';
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^console\.(\w+): (.*)$/.exec(line);
      if (m?.[1] && m[2] !== undefined && !/^[A-Za-z][\w .-]*:( |$)/.test(m[2]))
        calls.push({ level: m[1], text: m[2] });
    }
  });
  return { console: (level: string) => calls.filter((c) => c.level === level).map((c) => c.text) };
}
