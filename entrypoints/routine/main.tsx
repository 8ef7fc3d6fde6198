import '@/src/zod-setup';
import { render } from 'preact';
import { App } from '../popup/App';

render(<App />, document.getElementById('app') as HTMLElement);
