import { z } from 'zod/mini';

// zod v4 probes `new Function('')` on its first parse to decide whether it may compile parsers.
// The extension CSP forbids eval, so the probe raises a `securitypolicyviolation` on every page.
// jitless mode skips the probe. Every entrypoint imports this module first, and src/core/zod.ts
// re-imports it so that no schema can be parsed before the switch is set.
z.config({ jitless: true });
