import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPieces, GENESIS_HASH, hashAuditEvent, type AuditFields } from './hash-audit-event';

const event: AuditFields = {
  seq: 7,
  at: new Date('2026-03-29T01:30:00.123Z'),
  actorUserId: 'user-1',
  actorRole: 'signatory',
  orgId: '0b5f6c1e-0000-4000-8000-000000000001',
  action: 'agreement.signed',
  targetType: 'agreement',
  targetId: 'a-1',
  ip: '203.0.113.9',
  userAgent: 'Mozilla/5.0',
  details: { templateVersion: 3, services: ['hosting', 'mail'], signer: { name: 'Anna Becker', position: 'GF' } },
  prevHash: 'a'.repeat(64),
};

describe('canonicalJson', () => {
  it('is the same whatever the key order, at every depth', () => {
    const a = { b: 1, a: { y: [1, { d: 2, c: 3 }], x: null } };
    const b = { a: { x: null, y: [1, { c: 3, d: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":null,"y":[1,{"c":3,"d":2}]},"b":1}');
  });

  it('keeps array order, because order is meaning', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('drops undefined properties but keeps null, as jsonb storage would', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('writes dates as ISO-8601 UTC and escapes strings as JSON', () => {
    expect(canonicalJson({ at: new Date('2026-01-01T00:00:00Z') })).toBe('{"at":"2026-01-01T00:00:00.000Z"}');
    expect(canonicalJson({ 'k"ey': 'Größe\n"x"' })).toBe('{"k\\"ey":"Größe\\n\\"x\\""}');
  });

  it('does not confuse a number with its string', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});

describe('hashAuditEvent', () => {
  it('is a hex SHA-256 and deterministic', () => {
    const hash = hashAuditEvent(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent({ ...event, details: { ...event.details } })).toBe(hash);
    expect(hash).not.toBe(GENESIS_HASH);
  });

  it('does not depend on the key order of the event or its details', () => {
    const reordered = Object.fromEntries(Object.entries(event).reverse()) as AuditFields;
    reordered.details = { signer: { position: 'GF', name: 'Anna Becker' }, services: ['hosting', 'mail'], templateVersion: 3 };
    expect(hashAuditEvent(reordered)).toBe(hashAuditEvent(event));
  });

  it('survives a round trip through JSON, as details do through jsonb', () => {
    const details = JSON.parse(JSON.stringify(event.details)) as Record<string, unknown>;
    expect(hashAuditEvent({ ...event, at: new Date(event.at.getTime()), details })).toBe(hashAuditEvent(event));
  });

  it.each([
    ['seq', { seq: 8 }],
    ['time', { at: new Date('2026-03-29T01:30:00.124Z') }],
    ['actor', { actorUserId: 'user-2' }],
    ['role', { actorRole: 'admin' }],
    ['organisation', { orgId: null }],
    ['action', { action: 'agreement.terminated' }],
    ['target type', { targetType: 'notice' }],
    ['target', { targetId: 'a-2' }],
    ['IP address', { ip: '203.0.113.10' }],
    ['user agent', { userAgent: 'curl/8' }],
    ['details', { details: { ...event.details, templateVersion: 4 } }],
    ['previous hash', { prevHash: 'b'.repeat(64) }],
  ] as const)('changes when the %s changes', (_field, change) => {
    expect(hashAuditEvent({ ...event, ...change } as AuditFields)).not.toBe(hashAuditEvent(event));
  });

  it('tells null from an empty string', () => {
    expect(hashAuditEvent({ ...event, ip: '' })).not.toBe(hashAuditEvent({ ...event, ip: null }));
  });
});

describe('canonicalPieces', () => {
  const join = ({ head, tail }: { head: string; tail: string }, prevHash: string, seq: number) => `${head}${prevHash}","seq":${seq}${tail}`;

  it('joined around the previous hash and the sequence number, is the form hashAuditEvent hashes', () => {
    const { seq, prevHash, ...rest } = event;
    expect(join(canonicalPieces(rest), prevHash, seq)).toBe(canonicalJson({ ...event, at: event.at.toISOString() }));
  });

  it('finds the top-level slot even when the details or the user agent imitate it', () => {
    const { seq, prevHash, ...rest } = event;
    const hostile = {
      ...rest,
      details: { prevHash: '', seq: 0, note: '"prevHash":"","seq":0' },
      userAgent: 'x","prevHash":"","seq":0,"y":"',
      targetId: null,
    };
    const pieces = canonicalPieces(hostile);
    expect(join(pieces, prevHash, seq)).toBe(canonicalJson({ ...hostile, seq, prevHash, at: event.at.toISOString() }));
    expect(join(pieces, GENESIS_HASH, 1)).toBe(canonicalJson({ ...hostile, seq: 1, prevHash: GENESIS_HASH, at: event.at.toISOString() }));
  });
});
