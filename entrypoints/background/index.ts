import '@/src/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously here; WXT runs main() when the bundle first
    // evaluates, which is what Chrome needs to deliver wake-up events to a stopped worker.
    browser.runtime.onMessage.addListener(() => undefined);
  },
});
