import { describe, expect, it } from 'vitest';

describe('zod setup', () => {
  it('turns on jitless mode in the config zod itself reads', async () => {
    await import('@/src/zod-setup');
    const { z } = await import('zod/mini');
    expect(z.config().jitless).toBe(true);
  });
});
