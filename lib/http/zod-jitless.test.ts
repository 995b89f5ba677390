import { describe, expect, it } from 'vitest';

describe('instrumentation-client', () => {
  it('makes zod jitless without importing it (zod adopts globalThis.__zod_globalConfig)', async () => {
    await import('../../instrumentation-client');
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });
});
