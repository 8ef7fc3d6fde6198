import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeIdle } from '@/tests/integration/fakes/idle';
import { speak } from '@/tests/support/messages';

// fakeBrowser keeps state between tests unless reset, and it lacks `idle` and i18n altogether.
beforeEach(() => {
  fakeBrowser.reset();
  installFakeIdle();
  speak('en');
});
