import { useMemo } from 'preact/hooks';
import type { Stats } from '@/src/core/stats/day-stats';
import { addRoutines } from '@/src/core/sync/add';
import { useStore, useStores } from './use-data';

// Every device counts (core/sync/): the pages show the history with the other devices' routines
// added, read from their summaries in storage.sync.

/** What the other devices add to this one's history; undefined until read. */
export const useOtherRoutines = () => useStore(useStores().devices);

/**
 * `stats` (this device's history) with every other device's routines added: what the popup's
 * today, streak and goal count. This device's alone until the summaries are read.
 */
export function useAllDevicesStats(stats: Stats | undefined): Stats | undefined {
  const others = useOtherRoutines();
  return useMemo(() => (stats && others?.any ? addRoutines(stats, others) : stats), [stats, others]);
}
