import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each(['CONNECTION_CLOSED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', '57P01', '08006', '57P03', '53300'])('knows %s', (code) => {
    expect(isDatabaseUnavailable(coded(code))).toBe(true);
  });

  it('looks through drizzle’s wrapper and an AggregateError of connection attempts', () => {
    const wrapped = new Error('Failed query: select 1', { cause: new AggregateError([coded('ECONNREFUSED')]) });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it.each([
    ['a syntax error', coded('42601')],
    ['a unique violation', coded('23505')],
    ['the append-only refusal', coded('42501')],
    ['a plain error', new Error('boom')],
    ['no error', undefined],
  ])('leaves %s to the 500 path', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
