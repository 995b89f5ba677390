import net from 'node:net';

// The one answer to "which address is this client?", used by the sign-in and verify rate limits,
// the audit log and the signing evidence. See docs/decisions/0008-client-address-from-the-socket.md.
//
// server.mjs appends the socket peer to X-Forwarded-For, so the chain always ends with an address
// nobody but the TCP connection chose. Everything to its left was written by whoever connected:
// a trusted proxy (TRUSTED_PROXIES) or the client itself. We walk the chain from the right and stop
// at the first hop we do not trust; a client can add entries on the left, but never move that hop.

export type ProxyTrust =
  | { kind: 'none' }
  /** This many proxies stand in front of the app; the client is the hop before the first of them. */
  | { kind: 'hops'; hops: number }
  /** Hops whose address is in one of these ranges are proxies; the first other hop is the client. */
  | { kind: 'ranges'; ranges: net.BlockList; text: string };

/** An address as written in a header or by the socket: IPv4-mapped IPv6 becomes plain IPv4. */
export function normalizeAddress(value: string): string | null {
  let text = value.trim();
  // "[2001:db8::1]:443" and "203.0.113.5:1234" (some proxies add the port).
  const bracketed = text.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, '');
  text = text.replace(/%.*$/, '');
  const mapped = text.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) text = mapped[1]!;
  const family = net.isIP(text);
  if (family === 0) return null;
  return family === 6 ? text.toLowerCase() : text;
}

/**
 * TRUSTED_PROXIES: empty (no proxy: the socket peer is the client), a hop count ("1": one load
 * balancer), or a comma-separated list of addresses and CIDR ranges ("10.0.0.0/8, fd00::/8").
 * Throws with the bad entry named, so a typo stops the start-up instead of trusting nothing.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim();
  if (text === '') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`TRUSTED_PROXIES: ${hops} hops is not a plausible proxy chain`);
    return hops === 0 ? { kind: 'none' } : { kind: 'hops', hops };
  }
  const ranges = new net.BlockList();
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, bits, extra] = entry.split('/');
    const normalized = address ? normalizeAddress(address) : null;
    if (!normalized || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    const family = net.isIPv6(normalized) ? 'ipv6' : 'ipv4';
    const max = family === 'ipv6' ? 128 : 32;
    const prefix = bits === undefined ? max : Number(bits);
    if (!/^\d+$/.test(bits ?? String(max)) || prefix > max) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    }
    ranges.addSubnet(normalized, prefix, family);
  }
  return { kind: 'ranges', ranges, text };
}

function isTrusted(address: string | null, trust: ProxyTrust): boolean {
  if (trust.kind !== 'ranges' || address === null) return false;
  return trust.ranges.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/**
 * The client's address from an X-Forwarded-For chain whose last entry is the socket peer, or null
 * when the hop we land on is not an address (a proxy passed garbage through).
 */
export function clientAddress(forwardedFor: string | null | undefined, trust: ProxyTrust): string | null {
  const chain = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  if (chain.length === 0) return null;
  if (trust.kind === 'none') return normalizeAddress(chain.at(-1)!);
  if (trust.kind === 'hops') return normalizeAddress(chain[Math.max(0, chain.length - 1 - trust.hops)]!);
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = normalizeAddress(chain[i]!);
    if (!isTrusted(address, trust)) return address;
  }
  // Every hop is a proxy of ours: the request came from inside, the leftmost hop is as far as we see.
  return normalizeAddress(chain[0]!);
}
