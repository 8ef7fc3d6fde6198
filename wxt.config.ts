import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Chromium for `npm run dev`: Debian's by default, CHROME_PATH when set.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// Chromium refuses to start as root with its sandbox on, and needs headless mode on a machine
// without a display (CI boxes, containers); a desktop user gets a normal window.
const devChromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? ['--headless=new']
    : []),
];

// Everything the popup runs before its first screen, in one chunk besides its entry (which the
// routine window shares) and rolldown's runtime: chained files cost the popup more time than their
// bytes (npm run bench, "popup files loaded before first paint").
// `shared`: what the options page runs too, at start or later (Preact, the polyfill, storage, the
// checks, the other devices' summaries its History tab reads). The rest of
// the popup's startup code stays in its entry, so the options page never loads the popup's styles
// (they would restyle it). Later screens (player, gate, done, options sections) keep their own
// chunks and load on demand.
const POPUP_ENTRY = resolve('entrypoints/popup/main.tsx');
const OPTIONS_ENTRY = resolve('entrypoints/options/main.tsx');
type ModuleGraph = {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
};
let startupGraphs: { popup: Set<string>; options: Set<string> } | undefined;

/** Every module `entry` imports statically (or, with `dynamic`, at all), directly or not. */
function moduleGraph(entry: string, { getModuleInfo }: ModuleGraph, dynamic = false): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = getModuleInfo(next);
    for (const dep of [
      ...(info?.importedIds ?? []),
      ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : []),
    ]) {
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return seen;
}

const popupStartupChunks = (id: string, graph: ModuleGraph): string | null => {
  // The options page counts with what it loads later too (its History tab reads the other devices
  // as the popup does): a module the popup starts with goes nowhere but these two chunks, never into
  // a third one the popup would have to fetch as well.
  startupGraphs ??= {
    popup: moduleGraph(POPUP_ENTRY, graph),
    options: moduleGraph(OPTIONS_ENTRY, graph, true),
  };
  const { popup, options } = startupGraphs;
  // WXT's own module for the pages' HTML runs before each page's entry.
  if (id.includes('virtual:wxt-html-plugins')) return 'shared';
  return popup.has(id) && options.has(id) ? 'shared' : null;
};

// The popup's styles go inside popup.html: a stylesheet file is one more request the page must
// wait for before it can paint anything (extension pages allow inline styles; not scripts).
const inlinePopupStyles: Plugin = {
  name: 'nape:inline-popup-styles',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const html of Object.values(bundle)) {
      if (html.type !== 'asset' || !html.fileName.endsWith('popup/index.html')) continue;
      html.source = String(html.source).replace(
        /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g,
        (link, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : link;
        },
      );
    }
  },
};

export default defineConfig({
  // The product card fixes the top level (entrypoints/, src/, assets/ beside package.json), so the
  // WXT source dir stays the project root and our code lives in src/.
  imports: false,
  manifestVersion: 3,
  modules: [
    // NAPE_NO_POLYFILL: only for `npm run bench`, which measures what the polyfill costs
    // (tests/bench/support/without-polyfill.ts). Nape ships with it.
    ...(process.env.NAPE_NO_POLYFILL ? [] : ['@wxt-dev/webextension-polyfill']),
    '@wxt-dev/i18n/module',
    '@wxt-dev/auto-icons',
  ],
  i18n: { localesDir: 'src/locales' },
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: 'overlay' },
  // `npm run bench` builds a copy with source maps elsewhere, to attribute bytes to modules.
  ...(process.env.NAPE_OUT_DIR && { outDir: process.env.NAPE_OUT_DIR }),
  vite: () => ({
    plugins: [preact(), inlinePopupStyles],
    build: { sourcemap: process.env.NAPE_SOURCEMAP ? ('hidden' as const) : false },
  }),
  hooks: {
    // Only for the pages' build: the worker is built on its own into one file.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      startupGraphs = undefined;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.output = {
        ...config.build.rollupOptions.output,
        manualChunks: popupStartupChunks,
      };
      // Extension pages run in browsers that all support <link rel="modulepreload">. A chunk loaded
      // on demand fetches its own imports as it runs; listing them ahead, for each import(), cost
      // the popup's startup 0.4 KB gzip of file names (their hashes do not compress). Its styles
      // stay listed: they load only through that list.
      config.build.modulePreload = {
        polyfill: false,
        resolveDependencies: (_chunk, deps) => deps.filter((dep) => dep.endsWith('.css')),
      };
    },
  },
  webExt: {
    binaries: { chrome: chromePath },
    chromiumArgs: devChromiumArgs,
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no host permissions, no tabs, no content scripts. `idle` drives active
    // screen time, `alarms` the persisted deadlines, `notifications` the prompts.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts (no permission needed): src/core/shortcuts/shortcuts.ts says what each does.
    // Alt+Shift and a letter (Go, Delay, Hold): Chrome wants Ctrl or Alt (never both: AltGr),
    // Firefox a modifier other than Shift, and neither browser uses these three. Chrome silently
    // leaves a suggested key unassigned if it is its own (it is for Alt+Shift A B C N P R T W X Z):
    // the end-to-end test checks each is assigned. docs/platform.md, "Keyboard shortcuts".
    // On a Mac, Option+Shift types characters, so Control+Shift there.
    commands: {
      'start-routine': {
        suggested_key: { default: 'Alt+Shift+G', mac: 'MacCtrl+Shift+G' },
        description: '__MSG_shortcuts_startRoutine__',
      },
      'snooze-break': {
        suggested_key: { default: 'Alt+Shift+D', mac: 'MacCtrl+Shift+D' },
        description: '__MSG_shortcuts_snoozeBreak__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+H', mac: 'MacCtrl+Shift+H' },
        description: '__MSG_shortcuts_togglePause__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'nape@nape-extension.org',
          // data_collection_permissions needs Firefox 140 desktop / 142 Android.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
