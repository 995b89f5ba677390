import { describe, expect, it } from 'vitest';
import { classifyWebhookError, targetErrorClass, webhookErrorMessageKey } from './webhook-errors';

const failure = (code: string, message = 'raw text') => Object.assign(new Error(message), { code });

describe('classifyWebhookError', () => {
  it.each([
    [failure('EPROTO', 'write EPROTO 4087A6F7:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'), 'tls'],
    [failure('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'tls'],
    [failure('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"), 'tls'],
    [failure('CERT_HAS_EXPIRED'), 'tls'],
    [failure('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'tls'],
    [Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError', code: 23 }), 'timeout'],
    [failure('ETIMEDOUT'), 'timeout'],
    [failure('ECONNREFUSED', 'connect ECONNREFUSED 10.1.2.3:443'), 'connection_refused'],
    [failure('ECONNRESET', 'socket hang up'), 'connection_reset'],
    [failure('EHOSTUNREACH'), 'unreachable'],
    [failure('ENOTFOUND', 'getaddrinfo ENOTFOUND hooks.example'), 'dns'],
    [new Error('something else'), 'connection'],
    ['not even an error', 'connection'],
  ])('%s -> %s', (error, expected) => {
    expect(classifyWebhookError(error)).toBe(expected);
  });
});

describe('messages', () => {
  it('a refused target and an old raw row read as a class', () => {
    expect(targetErrorClass('private_address')).toBe('target_private');
    expect(targetErrorClass('https_required')).toBe('target_invalid');
    expect(webhookErrorMessageKey('tls')).toBe('security.webhookError.tls');
    expect(webhookErrorMessageKey('write EPROTO …:SSL routines:ssl3_get_record:wrong version number')).toBe('security.webhookError.connection');
  });
});
