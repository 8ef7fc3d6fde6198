import { useState } from 'preact/hooks';
import type { CommandResult } from '@/src/platform/protocol';

/**
 * Runs a page action that may fail (the worker refused or could not be reached) and remembers
 * whether the last one failed, so the screen can say so instead of silently doing nothing.
 */
export function useAction(): {
  run: (action: () => Promise<CommandResult>) => Promise<void>;
  failed: boolean;
} {
  const [failed, setFailed] = useState(false);
  const run = async (action: () => Promise<CommandResult>) => {
    setFailed(false);
    const result = await action();
    if (!result.ok) setFailed(true);
  };
  return { run, failed };
}
