import { browser } from 'wxt/browser';

/** Register synchronously at worker start-up: Nape was installed, updated or the browser updated. */
export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => listener(reason));
}
