import { useState } from 'preact/hooks';
import type { CommandResult } from '@/src/platform/protocol';

export type ActionFailure = Extract<CommandResult, { ok: false }>['error'];

/**
 * Runs a page action that may be refused (the engine said why) or fail (the worker could not be
 * reached), and keeps the reason of the last failure, so the screen can say what went wrong
 * instead of silently doing nothing.
 */
export function useAction(): {
  run: (action: () => Promise<CommandResult>) => Promise<void>;
  failure: ActionFailure | null;
} {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const run = async (action: () => Promise<CommandResult>) => {
    setFailure(null);
    const result = await action();
    if (!result.ok) setFailure(result.error);
  };
  return { run, failure };
}
