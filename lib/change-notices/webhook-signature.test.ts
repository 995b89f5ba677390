import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, webhookSignatureHeaders } from './webhook-signature';

describe('webhook signatures (Standard Webhooks)', () => {
  it('makes secrets a Standard Webhooks library reads: whsec_ + base64 of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs id, time and body so that the receiver’s verifier accepts exactly that request', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ event: 'change_notice.announced', changeNoticeId: 'c' });
    const headers = webhookSignatureHeaders(secret, { id: 'delivery-1', timestamp: new Date(), body });
    expect(headers['webhook-id']).toBe('delivery-1');
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('a request signed long ago is refused as a replay', () => {
    const secret = newWebhookSecret();
    const body = '{}';
    const headers = webhookSignatureHeaders(secret, { id: 'delivery-2', timestamp: new Date(Date.now() - 3_600_000), body });
    expect(() => new Webhook(secret).verify(body, headers)).toThrow(/timestamp/i);
  });
});
