import { render } from 'preact';
import { pageLanguage } from '@/src/platform/locale';
import { App } from './App';
import type { Layout } from './Shell';

/** Renders the app into #app, with the page language set for screen readers' pronunciation. */
export function mountApp(layout: Layout): void {
  document.documentElement.lang = pageLanguage();
  render(<App layout={layout} />, document.getElementById('app') as HTMLElement);
}
