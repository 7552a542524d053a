import { describe, expect, it } from 'vitest';
import { creationOptions, fromBase64Url, requestOptions, toBase64Url } from './webauthn';

describe('base64url', () => {
  it('round-trips every byte value without padding', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(new Uint8Array(fromBase64Url(text))).toEqual(bytes);
  });

  it('reads what the server writes', () => {
    expect(new Uint8Array(fromBase64Url('-_8'))).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
});

describe('options', () => {
  it('turns the binary members of the creation options into buffers and keeps the rest', () => {
    const o = creationOptions({
      challenge: 'AAEC',
      rp: { id: 'localhost', name: 'CET' },
      user: { id: 'AQ', name: 'a@example.org', displayName: 'A' },
      excludeCredentials: [{ type: 'public-key', id: 'Ag' }],
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    });
    expect(new Uint8Array(o.challenge as ArrayBuffer)).toEqual(new Uint8Array([0, 1, 2]));
    expect(new Uint8Array(o.user.id as ArrayBuffer)).toEqual(new Uint8Array([1]));
    expect(new Uint8Array(o.excludeCredentials![0]!.id as ArrayBuffer)).toEqual(new Uint8Array([2]));
    expect(o.rp.id).toBe('localhost');
    expect(o.user.name).toBe('a@example.org');
  });

  it('leaves absent credential lists absent in the request options', () => {
    const o = requestOptions({ challenge: 'AAEC', rpId: 'localhost', userVerification: 'required' });
    expect(o.allowCredentials).toBeUndefined();
    expect(o.userVerification).toBe('required');
  });
});
