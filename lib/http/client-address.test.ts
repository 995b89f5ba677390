import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address';

// The chains below end with the socket peer, as server.mjs leaves them. "6.6.6.6" is what an
// attacker writes into X-Forwarded-For himself.

describe('clientAddress', () => {
  it('without a trusted proxy takes the socket peer, whatever the client wrote before it', () => {
    const none = parseTrustedProxies('');
    expect(clientAddress('203.0.113.9', none)).toBe('203.0.113.9');
    expect(clientAddress('6.6.6.6, 203.0.113.9', none)).toBe('203.0.113.9');
    expect(clientAddress('6.6.6.6,7.7.7.7 , ::ffff:127.0.0.1', none)).toBe('127.0.0.1');
    expect(clientAddress('', none)).toBeNull();
    expect(clientAddress(null, none)).toBeNull();
  });

  it('a rotating first hop never changes the answer (the sign-in limit bypass of issue 7)', () => {
    const trust = parseTrustedProxies('10.0.0.0/8');
    const seen = new Set<string | null>();
    for (let i = 0; i < 40; i++) seen.add(clientAddress(`198.18.${i}.1, 198.51.100.4, 10.0.0.2`, trust));
    expect([...seen]).toEqual(['198.51.100.4']);
  });

  it('with a hop count takes the entry that many hops left of the socket peer', () => {
    const one = parseTrustedProxies('1');
    expect(clientAddress('6.6.6.6, 198.51.100.4, 10.0.0.2', one)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4, 10.0.0.2', one)).toBe('198.51.100.4');
    // Fewer hops than proxies: the request skipped a proxy, the leftmost hop is all we know.
    expect(clientAddress('10.0.0.2', one)).toBe('10.0.0.2');
    const two = parseTrustedProxies('2');
    expect(clientAddress('6.6.6.6, 198.51.100.4, 172.16.0.9, 10.0.0.2', two)).toBe('198.51.100.4');
  });

  it('with ranges skips every trusted hop from the right and stops at the first other one', () => {
    const trust = parseTrustedProxies('10.0.0.0/8, 192.168.1.5, fd00::/8');
    expect(clientAddress('6.6.6.6, 198.51.100.4, 10.1.2.3, 192.168.1.5', trust)).toBe('198.51.100.4');
    expect(clientAddress('2001:db8::7, fd00::1', trust)).toBe('2001:db8::7');
    // A direct connection from outside: the socket peer is not a proxy, so it is the client.
    expect(clientAddress('10.9.9.9, 203.0.113.50', trust)).toBe('203.0.113.50');
    // Only proxies: an internal request.
    expect(clientAddress('10.0.0.7, 10.0.0.2', trust)).toBe('10.0.0.7');
  });

  it('answers null rather than a string that is not an address', () => {
    expect(clientAddress('<script>, 10.0.0.2', parseTrustedProxies('10.0.0.0/8'))).toBeNull();
    expect(clientAddress('unknown, 10.0.0.2', parseTrustedProxies('1'))).toBeNull();
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['::ffff:198.51.100.4', '198.51.100.4'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['203.0.113.5:1234', '203.0.113.5'],
    ['fe80::1%eth0', 'fe80::1'],
    [' 203.0.113.5 ', '203.0.113.5'],
    ['not-an-ip', null],
    ['203.0.113.256', null],
  ])('%s -> %s', (input, output) => {
    expect(normalizeAddress(input)).toBe(output);
  });
});

describe('parseTrustedProxies', () => {
  it('reads nothing, a hop count or a list of ranges', () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustedProxies(' ')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('0')).toEqual({ kind: 'none' });
    expect(parseTrustedProxies('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(parseTrustedProxies('10.0.0.0/8,::1').kind).toBe('ranges');
  });

  it.each(['10.0.0.0/33', '10.0.0.0/8/1', 'loadbalancer', '10.0.0.0/x', 'fd00::/129', '99'])('refuses %s', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
  });
});
