import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFakeIdle } from '../integration/fakes/idle';

// fakeBrowser keeps state between tests unless reset, and it lacks `idle` altogether.
beforeEach(() => {
  fakeBrowser.reset();
  Object.defineProperty(fakeBrowser, 'idle', { value: createFakeIdle(), configurable: true, writable: true });
});
