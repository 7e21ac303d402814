import { describe, expect, it } from 'vitest';
import { authorizationHeader, signRequest } from '../src/sign.js';

// dLocal documents the algorithm (HMAC-SHA256 with the secret key over X-Login + X-Date + body,
// docs.dlocal.com/docs/generate-signature) and shows a signed request (X-Login "sak223k2wdksdl2",
// X-Date "2018-02-20T15:44:42.310Z", docs.dlocal.com/reference/objects) but never publishes the
// secret key behind its example signature. The expected values below were computed outside this
// code with `printf '%s' "$XLOGIN$XDATE$BODY" | openssl dgst -sha256 -hmac "$SECRET"`.
const X_LOGIN = 'sak223k2wdksdl2';
const X_DATE = '2018-02-20T15:44:42.310Z';
const SECRET = 'paycore-example-secret';

describe('dLocal request signing', () => {
  it('signs X-Login + X-Date with an empty body, as a GET is signed', () => {
    expect(signRequest(SECRET, X_LOGIN, X_DATE, '')).toBe(
      '418250b744d807391b814c4768800bae678cd651e898c3bc89a6a55ea72bf512',
    );
  });

  it('appends the body after the date, without separators', () => {
    expect(signRequest(SECRET, X_LOGIN, X_DATE, '{"amount":120,"currency":"USD"}')).toBe(
      '5efd2df2e31c47fe1348d35d9406bce9c41d91b99494b54434772ae91a8a0386',
    );
  });

  it('is HMAC-SHA256 in lower-case hex (RFC 4231, test case 2)', () => {
    expect(signRequest('Jefe', 'what do ya want ', 'for nothing?', '')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('writes the Authorization header in dLocal’s V2-HMAC-SHA256 form', () => {
    expect(authorizationHeader('abc123')).toBe('V2-HMAC-SHA256, Signature: abc123');
  });
});
