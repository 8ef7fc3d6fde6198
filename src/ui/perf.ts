// Render cost per player tick, for `npm run bench`: the ticker marks when a tick fires, the
// player measures from there to the end of its commit. User-timing entries cost next to nothing,
// and the measures are trimmed so a long routine cannot grow the buffer.

const TICK = 'nape:tick';
const RENDER = 'nape:tick-render';
const KEEP = 600;

export function markTick(): void {
  performance.mark(TICK);
}

export function measureTickRender(): void {
  if (performance.getEntriesByName(TICK, 'mark').length === 0) return;
  performance.measure(RENDER, TICK);
  performance.clearMarks(TICK);
  if (performance.getEntriesByName(RENDER, 'measure').length > KEEP) performance.clearMeasures(RENDER);
}
