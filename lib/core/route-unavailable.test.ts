import { describe, expect, it, vi } from 'vitest';
import { route } from './route';

// A route whose query finds the database unreachable answers 503 with Retry-After and no details
// (db/unavailable.ts), not the 500 of a fault; issue 15, item 6.

describe('route() when the database is unreachable', () => {
  it('answers 503 UNAVAILABLE with Retry-After, without the error text', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const handler = route(async () => {
      throw new Error('Failed query: select 1', { cause: refused });
    });
    const response = await handler(new Request('https://portal.example/api/x'), {});
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: 'UNAVAILABLE' });
    expect(body).not.toContain('ECONNREFUSED');
    log.mockRestore();
  });

  it('still answers 500 INTERNAL for a fault of the query', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = route(async () => {
      throw Object.assign(new Error('syntax error'), { code: '42601' });
    });
    const response = await handler(new Request('https://portal.example/api/x'), {});
    expect(response.status).toBe(500);
    log.mockRestore();
  });
});
