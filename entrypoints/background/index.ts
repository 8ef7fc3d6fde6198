import '@/src/zod-setup';
import { defineBackground } from '#imports';
import { startBackground } from '@/src/engine/background';

export default defineBackground({
  // A classic worker, not `type: 'module'`: WXT then builds it on its own into one file instead
  // of sharing chunks with the pages, which cost the worker ~3 KB gzip of chunk glue and of page
  // code it never runs.
  // Not async: WXT runs main() when the bundle first evaluates, and every listener must be
  // registered synchronously then for Chrome to deliver wake-up events to a stopped worker.
  main() {
    startBackground();
  },
});
