import { useMemo } from 'preact/hooks';
import type { Stats } from '@/src/core/stats/day-stats';
import { withDevices } from '@/src/core/sync/merge';
import type { DayKey } from '@/src/core/time';
import { useStore, useStores } from './use-data';

// Every device counts (core/sync/): the pages show the history with the other devices' routines
// added, read from their summaries in storage.sync.

/** Every device's summary and this device's id; undefined until read. */
export const useAllDevices = () => useStore(useStores().devices);

/**
 * `stats` (this device's history) with every other device's routines added as of `today`: what
 * the popup's today, streak and goal count. This device's alone until the summaries are read.
 */
export function useAllDevicesStats(stats: Stats | undefined, today: DayKey): Stats | undefined {
  const all = useAllDevices();
  return useMemo(
    () => (stats && all ? withDevices(stats, all.devices, all.ownId, today) : stats),
    [stats, all, today],
  );
}
