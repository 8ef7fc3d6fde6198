import preact from '@preact/preset-vite';
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

export default defineConfig({
  // The product card fixes the top level (entrypoints/, src/, assets/ beside package.json), so the
  // WXT source dir stays the project root and our code lives in src/.
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
  i18n: { localesDir: 'src/locales' },
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: 'overlay' },
  // `npm run bench` builds a copy with source maps elsewhere, to attribute bytes to modules.
  ...(process.env.NAPE_OUT_DIR && { outDir: process.env.NAPE_OUT_DIR }),
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.NAPE_SOURCEMAP ? ('hidden' as const) : false },
  }),
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
