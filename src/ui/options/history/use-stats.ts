import { useEffect, useState } from 'preact/hooks';
import type { Stats } from '@/src/core/stats/day-stats';
import { loadStats, watchStats } from '@/src/platform/stats-store';

/** The stored history, kept current while the page is open (the engine adds to it every minute). */
export function useStats(): Stats | undefined {
  const [stats, setStats] = useState<Stats>();
  useEffect(() => {
    let live = true;
    let changed = false;
    // Watch first, then read: a change in between must win over the older read.
    const unwatch = watchStats((next) => {
      changed = true;
      setStats(next);
    });
    loadStats().then(
      (first) => live && !changed && setStats(first),
      (error) => console.error('[nape] could not read the history', error),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return stats;
}
