// zod v4 probes `new Function('')` on its first parse to decide whether it may compile parsers.
// The extension CSP forbids eval, so the probe raises a `securitypolicyviolation` on every page.
// jitless mode skips the probe. Every entrypoint imports this module first, before any schema is
// parsed.
//
// zod keeps its global config on `globalThis.__zod_globalConfig` (zod/v4/core/core.js) and adopts
// an object already there. Setting it directly costs no bytes; importing zod's `config` pulled
// ~4 KB gzip of zod into the worker and popup, which never parse with zod.
// tests/unit/conventions/zod-setup.test.ts fails if a zod upgrade stops honouring this.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
