import { render } from 'preact';
import { App } from './App';
import { contentLocale } from './locale';
import type { Layout } from './Shell';

/** Renders the app into #app, with the page language set for screen readers' pronunciation. */
export function mountApp(layout: Layout): void {
  document.documentElement.lang = contentLocale();
  render(<App layout={layout} />, document.getElementById('app') as HTMLElement);
}
