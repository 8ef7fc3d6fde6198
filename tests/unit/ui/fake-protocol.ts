import type { Command } from '@/src/core/schedule/events';
import type { CommandResult } from '@/src/platform/protocol';

// Stands in for src/platform/protocol.ts in the UI tests (vi.mock): records what the page asks the
// engine, and answers as a test tells it to. The engine's own behaviour is tested elsewhere.

export const sent: Command[] = [];
export const refreshes: number[] = [];
let answer: (cmd: Command) => CommandResult = () => ({ ok: true });

export function answerWith(fn: (cmd: Command) => CommandResult): void {
  answer = fn;
}

export function resetProtocol(): void {
  sent.length = 0;
  refreshes.length = 0;
  answer = () => ({ ok: true });
}

export async function sendCommand(cmd: Command): Promise<CommandResult> {
  sent.push(cmd);
  return answer(cmd);
}

export async function sendMessage(type: string): Promise<void> {
  if (type === 'refresh') refreshes.push(Date.now());
}
