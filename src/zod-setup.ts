import { z } from 'zod/mini';

// zod v4 probes `new Function('')` on its first parse to decide whether it may compile parsers.
// The extension CSP forbids eval, so the probe raises a `securitypolicyviolation` on every page.
// jitless mode skips the probe. Every entrypoint imports this module first, before any schema is
// parsed.
z.config({ jitless: true });
