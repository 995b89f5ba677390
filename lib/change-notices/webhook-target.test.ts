import { describe, expect, it } from 'vitest';
import { checkWebhookTarget, isBlockedAddress, loopbackAllowed } from './webhook-target';

// Only validation: nothing here opens a connection. Names resolve through a stub or /etc/hosts.
const resolvesTo = (...addresses: string[]) => async () =>
  addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isBlockedAddress', () => {
  it.each([
    '0.0.0.0', '10.0.0.1', '10.255.255.255', '100.64.0.1', '100.127.255.254', '127.0.0.1', '127.1.2.3',
    '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '192.0.2.5', '198.18.0.1',
    '224.0.0.1', '239.255.255.250', '255.255.255.255',
    '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', '::10.0.0.1',
    // Transition prefixes with a private IPv4 inside: 6to4 (2002:0a00:0001:: = 10.0.0.1),
    // Teredo, local-use NAT64 (issue 7, item 9).
    '2002:a00:1::1', '2002:c0a8:101::', '2002:7f00:1::1', '2002:a9fe:a9fe::1', '2001:0:4136:e378:8000:63bf:f5ff:fffe',
    '2001::1', '64:ff9b:1::a00:1', '64:ff9b:1:ffff::c0a8:101', '64:ff9b::192.168.1.1', '64:ff9b::7f00:1',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34', '2a00:1450:4001::200e'])(
    'allows the public address %s',
    (address) => {
      expect(isBlockedAddress(address)).toBe(false);
    },
  );
});

describe('checkWebhookTarget', () => {
  it('accepts an https URL whose host resolves to public addresses only', async () => {
    const target = await checkWebhookTarget('https://hooks.customer.example/dpa', { lookup: resolvesTo('93.184.216.34') });
    expect(target.ok).toBe(true);
  });

  it.each([
    ['not a url', 'invalid_url'],
    ['ftp://hooks.customer.example/', 'invalid_url'],
    ['https://user:pw@hooks.customer.example/', 'invalid_url'],
    ['http://hooks.customer.example/', 'https_required'],
    ['https://10.0.0.1/hook', 'private_address'],
    ['https://192.168.1.1/hook', 'private_address'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://[::1]/hook', 'private_address'],
    ['https://[::ffff:127.0.0.1]/hook', 'private_address'],
    ['https://[fe80::1]/hook', 'private_address'],
    ['https://0x7f000001/hook', 'private_address'],
    ['https://2130706433/hook', 'private_address'],
  ])('refuses %s (%s)', async (url, error) => {
    expect(await checkWebhookTarget(url, { lookup: resolvesTo('93.184.216.34') })).toEqual({ ok: false, error });
  });

  it('refuses a name that resolves to a private address, or to a public and a private one', async () => {
    expect(await checkWebhookTarget('https://internal.example/', { lookup: resolvesTo('10.1.2.3') })).toEqual({
      ok: false,
      error: 'private_address',
    });
    expect(
      await checkWebhookTarget('https://mixed.example/', { lookup: resolvesTo('93.184.216.34', '192.168.0.10') }),
    ).toEqual({ ok: false, error: 'private_address' });
  });

  it('refuses localhost (resolved for real) without the test setting, and a name that does not resolve', async () => {
    expect(await checkWebhookTarget('https://localhost:444/hook')).toEqual({ ok: false, error: 'private_address' });
    const failing = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await checkWebhookTarget('https://nowhere.invalid/', { lookup: failing })).toEqual({ ok: false, error: 'unresolvable' });
  });

  it('with the test setting allows http://127.0.0.1 and loopback, but still no private range', async () => {
    expect((await checkWebhookTarget('http://127.0.0.1:999/hook', { allowLoopback: true })).ok).toBe(true);
    expect((await checkWebhookTarget('https://[::1]/hook', { allowLoopback: true })).ok).toBe(true);
    expect(await checkWebhookTarget('http://10.0.0.1/hook', { allowLoopback: true })).toEqual({ ok: false, error: 'https_required' });
    expect(await checkWebhookTarget('https://10.0.0.1/hook', { allowLoopback: true })).toEqual({ ok: false, error: 'private_address' });
  });
});

describe('loopbackAllowed', () => {
  it('needs the setting, and then either the embedded database or a localhost APP_URL', () => {
    expect(loopbackAllowed({ WEBHOOK_ALLOW_LOOPBACK: false, APP_URL: 'http://localhost' })).toBe(false);
    expect(loopbackAllowed({ WEBHOOK_ALLOW_LOOPBACK: true, APP_URL: 'https://dpa.example.com' })).toBe(true);
    expect(
      loopbackAllowed({ WEBHOOK_ALLOW_LOOPBACK: true, DATABASE_URL: 'postgres://db/x', APP_URL: 'http://127.0.0.1' }),
    ).toBe(true);
    expect(
      loopbackAllowed({ WEBHOOK_ALLOW_LOOPBACK: true, DATABASE_URL: 'postgres://db/x', APP_URL: 'https://dpa.example.com' }),
    ).toBe(false);
  });
});
