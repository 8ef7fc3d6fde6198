import '@/src/zod-setup';
import { defineBackground } from '#imports';
import { startBackground } from '@/src/engine/background';

export default defineBackground({
  type: 'module',
  // Not async: WXT runs main() when the bundle first evaluates, and every listener must be
  // registered synchronously then for Chrome to deliver wake-up events to a stopped worker.
  main() {
    startBackground();
  },
});
