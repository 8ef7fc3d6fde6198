// zod's core `config` only: the global switch every zod flavour reads, without pulling the schema
// runtime into pages (the worker and popup) that never parse with zod.
import { config } from 'zod/v4/core';

// zod v4 probes `new Function('')` on its first parse to decide whether it may compile parsers.
// The extension CSP forbids eval, so the probe raises a `securitypolicyviolation` on every page.
// jitless mode skips the probe. Every entrypoint imports this module first, before any schema is
// parsed.
config({ jitless: true });
