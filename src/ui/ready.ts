/**
 * Marks the moment the popup shows real data (`npm run bench` measures it). Once per page: the
 * first screen with data may be the status, the break prompt, the safety gate or the player.
 */
export function markReady(): void {
  if (performance.getEntriesByName('nape:ready').length === 0) performance.mark('nape:ready');
}
