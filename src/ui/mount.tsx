import { render } from 'preact';
import { pageLanguage } from '@/src/platform/locale';
import { App } from './App';
import type { Layout } from './Shell';
import { firstValue } from './stores/store';
import { createStores, firstScreenStores, type Stores } from './stores/stores';

/** How long the page keeps its first frame while storage answers; then "Loading…" shows. */
const FIRST_READ_WAIT_MS = 1000;

/**
 * Renders the app into #app, with the page language set for screen readers' pronunciation. The
 * stored values the first screen needs are read first, so the first render is that screen rather
 * than "Loading…" followed by it a few milliseconds later; until then the page shows what it drew
 * before any script ran (popup.html's first frame). The render replaces it in the same task, so
 * no paint shows both.
 */
export async function mountApp(layout: Layout, stores: Stores = createStores()): Promise<void> {
  document.documentElement.lang = pageLanguage();
  await Promise.all(
    firstScreenStores(stores, layout).map((store) => firstValue<unknown>(store, FIRST_READ_WAIT_MS)),
  );
  const root = document.getElementById('app') as HTMLElement;
  root.replaceChildren();
  render(<App layout={layout} stores={stores} />, root);
}
