import type { VariantId } from '@/src/core/routine/plan';
import type { Command } from '@/src/core/schedule/events';
import type { CommandResult } from '@/src/platform/protocol';

// Page actions on the status screen's path. The messaging layer loads on first use rather than at
// startup: it is ~2 KB gzip of the popup's 22 KB budget, and nothing is sent before the first
// frame anyway. The routine's own actions, which need the player core and the plans, are in
// routine-actions.ts and load with the player.

const protocol = () => import('@/src/platform/protocol');

/** Sends a command; a worker that cannot be reached counts as a failure, never as a crash. */
export async function command(cmd: Command): Promise<CommandResult> {
  try {
    const { sendCommand } = await protocol();
    return await sendCommand(cmd);
  } catch (error) {
    console.warn('[nape] command not delivered', cmd.type, error);
    return { ok: false, error: 'unreachable' };
  }
}

/** Asks the worker to bring the engine's state up to date with the clock (a page just opened). */
export async function refreshEngine(): Promise<void> {
  try {
    const { sendMessage } = await protocol();
    await sendMessage('refresh');
  } catch {
    // The worker answers through storage; if it cannot be reached, the stored state still shows.
  }
}

/**
 * Asks the engine to start a routine. The engine alone decides: on yes it enters routine mode and
 * every page shows the player (it watches the engine's state); on no, nothing starts and the
 * answer says why.
 */
export const startRoutine = (variant: VariantId) =>
  command({ type: 'startRoutine', variant, source: 'popup' });

/** Loads the routine's actions (a chunk shared with the player) when one is needed. */
export const routineActions = () => import('./routine-actions');
