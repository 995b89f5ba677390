import { lookup as dnsLookup } from 'node:dns/promises';
import net from 'node:net';

// Where a webhook may point. A customer enters the URL and our server POSTs to it: without this
// check it would be a server-side request forgery tool for the provider's internal network and the
// cloud metadata service (169.254.169.254). The check runs at registration and again before every
// send on the freshly resolved addresses, and the send connects to exactly the address checked
// (see send-due-webhooks.ts), so a DNS answer that changes in between (rebinding) gains nothing.

export type WebhookTargetError = 'invalid_url' | 'https_required' | 'unresolvable' | 'private_address';

export type WebhookTarget =
  | { ok: true; url: URL; addresses: { address: string; family: 4 | 6 }[] }
  | { ok: false; error: WebhookTargetError };

type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;

export type TargetOptions = {
  /** Tests only: http://127.0.0.1 and loopback addresses are allowed (see loopbackAllowed()). */
  allowLoopback?: boolean;
  lookup?: Lookup;
};

const blockedV4 = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network", incl. the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blockedV4.addSubnet(prefix, bits, 'ipv4');
}

const blockedV6 = new net.BlockList();
for (const [prefix, bits] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  // Transition prefixes that carry an IPv4 address inside (issue 7, item 9): a 6to4 or Teredo
  // address of 10.0.0.1 reaches 10.0.0.1 through a relay. Both are deprecated (RFC 7526, RFC 4380
  // is not run by receivers), so they are refused whole rather than decoded. 64:ff9b::/96 is decoded
  // below (DNS64 gives it to public hosts); the local-use NAT64 prefix is internal by definition.
  ['2002::', 16], // 6to4
  ['2001::', 32], // Teredo
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blockedV6.addSubnet(prefix, bits, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (with any embedded dotted IPv4 tail). */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const octets = dotted[1]!.split('.').map(Number);
    text = text.slice(0, -dotted[1]!.length) + `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - h.length - t.length;
  const groups = [...h, ...Array(Math.max(fill, 0)).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address hidden in an IPv4-mapped (::ffff:a.b.c.d), -compatible or NAT64 address. */
function embeddedIpv4(groups: number[]): string | null {
  const zeros = (n: number) => groups.slice(0, n).every((g) => g === 0);
  const mapped = zeros(5) && groups[5] === 0xffff;
  const compatible = zeros(6) && (groups[6]! > 0 || groups[7]! > 1);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !compatible && !nat64) return null;
  return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
}

export function isLoopbackAddress(address: string): boolean {
  if (net.isIPv4(address)) return address.startsWith('127.');
  const groups = ipv6Groups(address);
  if (!groups) return false;
  const v4 = embeddedIpv4(groups);
  if (v4) return v4.startsWith('127.');
  return groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1;
}

/** True for every address a webhook must never reach: private, loopback, link-local, CGNAT, ... */
export function isBlockedAddress(address: string): boolean {
  if (net.isIPv4(address)) return blockedV4.check(address, 'ipv4');
  if (!net.isIPv6(address)) return true;
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const v4 = embeddedIpv4(groups);
  if (v4) return blockedV4.check(v4, 'ipv4');
  return blockedV6.check(address.replace(/%.*$/, ''), 'ipv6');
}

const defaultLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Checks a webhook URL and resolves its host. Every address the name resolves to must be public:
 * a name with one public and one private address is refused, since either may be used.
 */
export async function checkWebhookTarget(raw: string, options: TargetOptions = {}): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: 'invalid_url' };
  }
  if (url.username || url.password || !url.hostname) return { ok: false, error: 'invalid_url' };
  const loopbackHost = ['127.0.0.1', 'localhost'].includes(url.hostname);
  const httpAllowed = options.allowLoopback && url.protocol === 'http:' && loopbackHost;
  if (url.protocol !== 'https:' && !httpAllowed) {
    return { ok: false, error: url.protocol === 'http:' ? 'https_required' : 'invalid_url' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let resolved: { address: string; family: number }[];
  try {
    resolved = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await (options.lookup ?? defaultLookup)(host);
  } catch {
    return { ok: false, error: 'unresolvable' };
  }
  if (resolved.length === 0) return { ok: false, error: 'unresolvable' };
  const refused = resolved.some(
    ({ address }) => isBlockedAddress(address) && !(options.allowLoopback && isLoopbackAddress(address)),
  );
  if (refused) return { ok: false, error: 'private_address' };
  return { ok: true, url, addresses: resolved.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 })) };
}

/**
 * WEBHOOK_ALLOW_LOOPBACK is a test setting. `next start` runs with NODE_ENV=production even in the
 * e2e tests, so NODE_ENV cannot tell a test from production; instead the setting only counts on
 * the embedded database (no DATABASE_URL) or when the app's own APP_URL is on localhost, which no
 * real deployment has. Anywhere else it is ignored.
 */
export function loopbackAllowed(config: { WEBHOOK_ALLOW_LOOPBACK: boolean; DATABASE_URL?: string; APP_URL: string }) {
  if (!config.WEBHOOK_ALLOW_LOOPBACK) return false;
  if (!config.DATABASE_URL) return true;
  const host = new URL(config.APP_URL).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
