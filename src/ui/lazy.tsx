import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadFailed, Loading } from './Loading';

// Code that is not on the status screen's path loads on demand (the popup's startup budget is
// 22 KB gzip): the player, the safety gate and the done screen. A tiny stand-in for preact/compat's
// lazy(), which would cost more than it saves.

export type LazyComponent<P> = FunctionComponent<P> & {
  /** Fetches the chunk ahead of need, e.g. while the user reads the status. */
  preload(): Promise<unknown>;
};

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (c) => {
        Loaded = c;
        return c;
      },
      (error: unknown) => {
        // Forgotten, so the next attempt fetches the chunk again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    // What this frame draws, not whether the chunk is here by the time the effect runs: a chunk
    // that lands between the two (a frame later, more on a busy machine) must still be drawn.
    const drawn = Loaded !== undefined;
    useEffect(() => {
      if (drawn || failed) return;
      let live = true;
      preload().then(
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
  Lazy.preload = preload;
  return Lazy;
}
