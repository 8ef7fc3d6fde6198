import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeCommands } from '@/tests/integration/fakes/commands';
import { installFakeIdle } from '@/tests/integration/fakes/idle';
import { speak } from '@/tests/support/messages';

// fakeBrowser keeps state between tests unless reset, and it lacks `idle`, `commands` and i18n altogether.
beforeEach(() => {
  fakeBrowser.reset();
  installFakeIdle();
  installFakeCommands();
  speak('en');
});
