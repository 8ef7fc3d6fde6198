import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentTimeZone } from '@/src/platform/locale';

// The current time zone, read on every wake: from Temporal where the browser has it (no date
// formatter built), from Intl otherwise.

const holder = globalThis as { Temporal?: unknown };
const original = holder.Temporal;

afterEach(() => {
  holder.Temporal = original;
});

describe('currentTimeZone', () => {
  it("is Temporal's answer where there is one, without building an Intl formatter", () => {
    holder.Temporal = { Now: { timeZoneId: () => 'Asia/Yekaterinburg' } };
    const intl = vi.spyOn(Intl, 'DateTimeFormat');
    expect(currentTimeZone()).toBe('Asia/Yekaterinburg');
    expect(intl).not.toHaveBeenCalled();
  });

  it("is Intl's answer without Temporal", () => {
    holder.Temporal = undefined;
    expect(currentTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
