import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '@/src/core/load-once';
import { LoadFailed, Loading } from './Loading';

// Code that is not on a page's first screen loads on demand (the popup's startup budget is 22 KB
// gzip): the player, the safety gate, the done screen, the list of routines, the options' panels.
// A tiny stand-in for preact/compat's lazy(), which would cost more than it saves.

export type LazyComponent<P> = FunctionComponent<P> & {
  /** Fetches the chunk ahead of need, e.g. while the user reads the status. */
  preload(): Promise<unknown>;
};

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const chunk = loadOnce(load);
  function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    // What this frame draws, not whether the chunk is here by the time the effect runs: a chunk
    // that lands between the two (a frame later, more on a busy machine) must still be drawn.
    const Loaded = chunk.get();
    const drawn = Loaded !== undefined;
    useEffect(() => {
      if (drawn || failed) return;
      let live = true;
      chunk.load().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (Loaded) return <Loaded {...props} />;
    return failed ? <LoadFailed retry={() => setFailed(false)} /> : <Loading />;
  }
  Lazy.preload = chunk.load;
  return Lazy;
}
