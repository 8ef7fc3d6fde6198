// @webext-core/messaging's wire format, the one place tests spell it out: what a page's
// sendMessage() puts on chrome.runtime, and where the answer comes back.

let next = 1;

export interface Envelope {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

export const envelope = (type: string, data?: unknown, now: number = Date.now()): Envelope => ({
  id: next++,
  type,
  data,
  timestamp: now,
});

/** The answer inside a reply: `res`, or the error the worker threw (`err`). */
export function answerOf<T>(reply: { res?: T; err?: unknown } | undefined): T {
  if (reply?.err) throw new Error(String(JSON.stringify(reply.err)));
  return reply?.res as T;
}
