// What both browsers' launchers give a test (Chromium's in extension.ts, Firefox's in firefox.ts),
// so that helpers which only read storage or call the extension's APIs serve both suites.

export type StorageArea = 'local' | 'sync' | 'session';

export interface ExtensionPages {
  /** Runs a function in one of the extension's own pages, with the extension's APIs (`chrome.*`). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Everything in a storage area, read through an extension page (the background may be asleep). */
  storage(area: StorageArea): Promise<Record<string, unknown>>;
}
