import { screen } from '@testing-library/preact';
import { type ComponentType, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { lazy } from '@/src/ui/lazy';
import { useUiTestEnvironment } from './support';

// A part of the page loaded on demand shows as soon as its chunk is there, however the chunk's
// arrival falls against the page's frames. Rendered with preact's own render, not inside act(),
// so effects run after the next frame as they do in the browser.

useUiTestEnvironment();

describe('a part loaded on demand', () => {
  it('shows when its chunk arrives after "Loading…" is drawn and before the page asks for it', async () => {
    let arrive: (view: ComponentType) => void = () => {};
    const Later = lazy(() => new Promise<ComponentType>((resolve) => (arrive = resolve)));
    // Fetched ahead of need (StartButtons preloads the routine list while the status shows)...
    const fetching = Later.preload();
    // ...and opened before it arrived: the frame shows "Loading…".
    const root = document.createElement('div');
    document.body.append(root);
    render(<Later />, root);
    expect(root.textContent).toBe('Loading…');
    // The chunk lands before the effects of that frame run.
    arrive(() => <h2>Loaded</h2>);
    await fetching;
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeTruthy();
    render(null, root);
    root.remove();
  });

  it('shows at once when its chunk is already there', async () => {
    const Later = lazy(() => Promise.resolve(() => <h2>Loaded</h2>));
    await Later.preload();
    const root = document.createElement('div');
    render(<Later />, root);
    expect(root.textContent).toBe('Loaded');
    render(null, root);
  });
});
