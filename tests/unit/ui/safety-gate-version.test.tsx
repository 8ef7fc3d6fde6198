import { fireEvent, screen } from '@testing-library/preact';
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { text as TEXT_EN } from '@/src/content/lang/en';
import {
  acknowledgeSafety,
  engineState,
  renderApp,
  seedEngine,
  seedSettings,
  settingsWith,
  T0,
  useUiTestEnvironment,
} from './support';

// The contraindications changed since the user confirmed them: content version 2, stored 1.
vi.mock('@/src/content/version', () => ({ CONTENT_VERSION: 2 }));
vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();
beforeEach(async () => {
  await seedSettings(settingsWith());
  await seedEngine(engineState());
});

it('asks again when the safety content is newer than the acknowledgement, and stores the new version', async () => {
  await acknowledgeSafety(1);
  renderApp();
  fireEvent.click(await screen.findByRole('checkbox', { name: TEXT_EN.safety.confirm }));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
  expect((await fakeBrowser.storage.local.get('safetyAck')).safetyAck).toEqual({ version: 2, at: T0 });
});

it('an acknowledgement of the current version lets the user straight through', async () => {
  await acknowledgeSafety(2);
  renderApp();
  expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
  expect(screen.queryByRole('checkbox')).toBeNull();
});
