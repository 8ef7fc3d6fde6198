// Code passed to page.evaluate() runs inside the extension, where `chrome` is the browser's own
// namespace. Typed with the same generated types WXT gives `browser`.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
