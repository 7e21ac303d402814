import { describe, expect, it } from 'vitest';
import { authorizationHeader, sign, stringToSign } from '../src/sign.js';

// Worked examples from Worldline's official server SDKs (keys, dates, paths and expected values are
// theirs; see README → Sources):
// - Node.js SDK, wl-online-payments-direct/sdk-nodejs@063461e6, __tests__/unit/utils/v1hmac.test.ts
// - Java SDK, wl-online-payments-direct/sdk-java@98cab03f,
//   src/test/java/com/onlinepayments/authentication/V1HmacAuthenticatorTest.java
const DATE = 'Fri, 06 Jun 2014 13:39:43 GMT';
const PROCESSED = 'processed header value';

describe('GCS v1HMAC signing, against the official SDKs’ test vectors', () => {
  it('signs a GET without content type or X-GCS headers (Node.js SDK "test get")', () => {
    const parts = { method: 'GET', contentType: '', date: DATE, resource: '/v2/9991/tokens/123456789' };
    expect(sign('6Kj5HT0MQKC6D8eb7W3lTg71kVKVDSt1', parts)).toBe(
      'Y3E5YaU3oQCt4osEotLGb9W0cMclIzlCpvbaD1KhWxE=',
    );
  });

  it('signs a DELETE with its content type and sorted X-GCS headers (Node.js SDK "test delete")', () => {
    const parts = {
      method: 'DELETE',
      contentType: 'application/json',
      date: DATE,
      gcsHeaders: {
        'x-gcs-servermetainfo': PROCESSED,
        'x-gcs-clientmetainfo': PROCESSED,
        'x-gcs-customerheader': PROCESSED,
      },
      resource: '/v2/9991/tokens/123456789',
    };
    expect(sign('secretApiKey', parts)).toBe('eyLWp/Fa20rXs8UHlhD/13ZuqZkAVMJh9Z71n9TrFxM=');
  });

  it('builds the Authorization header, ignoring headers that are not X-GCS (Node.js SDK "minimal" and "full")', () => {
    const secret = 'I42Zf4pVnRdroHfuHnRiJjJ2B6+22h0yQt/R3nZR8Xg=';
    const minimal = { method: 'GET', contentType: '', date: DATE, resource: '/v2/1/tokens/123456789' };
    expect(authorizationHeader('5e45c937b9db33ae', sign(secret, minimal))).toBe(
      'GCS v1HMAC:5e45c937b9db33ae:UpOoo/pmmj7tW03IbEcw2WtJURFCKL2/J6hqMc+1h1I=',
    );
    const full = {
      method: 'DELETE',
      contentType: 'application/json',
      date: DATE,
      gcsHeaders: {
        'User-Agent': 'Apache-HttpClient/4.3.4 (java 1.5)',
        'X-GCS-ServerMetaInfo': PROCESSED,
        'X-GCS-ClientMetaInfo': PROCESSED,
        'X-GCS-CustomerHeader': PROCESSED,
      },
      resource: '/v2/1/tokens/123456789',
    };
    expect(authorizationHeader('5e45c937b9db33ae', sign(secret, full))).toBe(
      'GCS v1HMAC:5e45c937b9db33ae:TbiTwCCsGsyFFnfWt5Rreg0cGYJeTiofxjuZNSLUuGo=',
    );
  });

  it('writes the string to sign line by line, as the Java SDK’s data to sign (testCreateAuthenticationSignature)', () => {
    const parts = {
      method: 'DELETE',
      contentType: 'application/json',
      date: DATE,
      gcsHeaders: {
        'X-GCS-ServerMetaInfo': PROCESSED,
        'X-GCS-ClientMetaInfo': PROCESSED,
        'X-GCS-CustomerHeader': PROCESSED,
      },
      resource: '/v2/1/tokens/2',
    };
    expect(stringToSign(parts)).toBe(
      `DELETE\napplication/json\n${DATE}\nx-gcs-clientmetainfo:${PROCESSED}\nx-gcs-customerheader:${PROCESSED}\nx-gcs-servermetainfo:${PROCESSED}\n/v2/1/tokens/2\n`,
    );
    expect(sign('secretApiKey', parts)).toBe('jXG/ESTtRWawO4OOyxOrtWcQA8XkrZKeoHeGGIj4jws=');
    expect(
      sign('6Kj5HT0MQKC6D8eb7W3lTg71kVKVDSt1', {
        method: 'GET',
        contentType: '',
        date: DATE,
        resource: '/v2/1/tokens/2',
      }),
    ).toBe('vCos01y77soPNJOW6kDCm4Bu5b2darAZ09PP7Wa+jRA=');
  });

  it('unfolds and trims X-GCS header values (both SDKs’ canonicalisation tests)', () => {
    const withValue = (value: string) =>
      stringToSign({
        method: 'GET',
        contentType: '',
        date: DATE,
        gcsHeaders: { 'X-GCS-A': value },
        resource: '/',
      });
    expect(withValue('aap\nnoot  ')).toBe(withValue('aap noot'));
    expect(withValue(' aap\r\n  noot')).toBe(withValue('aap noot'));
    expect(withValue(' some value  \r\n \n with  some \r\n  spaces ')).toContain(
      'x-gcs-a:some value    with  some  spaces\n',
    );
  });
});
