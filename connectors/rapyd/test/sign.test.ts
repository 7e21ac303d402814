import { describe, expect, it } from 'vitest';
import { newSalt, requestTimestamp, signRequest } from '../src/sign.js';

// Rapyd documents the formula, not a worked example with its inputs: "signature = BASE64 ( HASH (
// http_method + url_path + salt + timestamp + access_key + secret_key + body_string ) )", HASH being
// HMAC-SHA256, http_method in lower case, url_path from /v1 with "?" and the query string
// (docs.rapyd.net/en/request-signatures.html). Its official samples (RapydPayments/
// rapyd-request-signatures utilities.js, Rapyd-Samples/rapyd-curl-request-signature
// rapyd_curl_gen.py) key the HMAC with the secret key and base64-encode its hex digest. No sample
// publishes a signature together with the keys behind it, so the values below were computed outside
// this code, twice, from made-up keys:
//   printf '%s' "$METHOD$PATH$SALT$TIMESTAMP$ACCESS$SECRET$BODY" \
//     | openssl dgst -sha256 -hmac "$SECRET" | awk '{print $NF}' | tr -d '\n' | base64 -w0
// and with Python's hmac + base64.urlsafe_b64encode(hexdigest), as rapyd_curl_gen.py does; both agree.
const ACCESS_KEY = 'rak_5C0FFEE0D15EA5E0B0A7';
const SECRET_KEY = 'rsk_6d2243dbab56dcca580fcb0a39e9fa1ea5fa14f8b3156103cd736a148940b05cbfb91a2fe1f41c13';
const SALT = 'a1b2c3d4e5f60718';
const TIMESTAMP = '1733356800';
const base = { salt: SALT, timestamp: TIMESTAMP, accessKey: ACCESS_KEY, secretKey: SECRET_KEY };

describe('Rapyd request signing', () => {
  it('signs a GET without a body over the empty string (List Countries, the verify call)', () => {
    expect(signRequest({ ...base, method: 'get', urlPath: '/v1/data/countries', body: '' })).toBe(
      'ZDFmZGIyMDZmNjc2ZGI2YzM5NWQ1NTIyZTM5YWY0NGVlM2RhMzRiZDJjMjJlODE0Y2JiNDM4MzA3NDRjZjhmNQ==',
    );
  });

  it('signs the query string with its question mark (the docs’ List Payment Methods example)', () => {
    expect(
      signRequest({
        ...base,
        method: 'get',
        urlPath: '/v1/payment_methods/countries/IT?currency=EUR',
        body: '',
      }),
    ).toBe('Zjc4NzI0MGE5MGU5NzBlNWIwYjM5MTlmYjdiMzNhODBkMDlkMTEzNzg4NzViY2UwMWY2YjE0NzU5ODkzYzAyNw==');
  });

  it('lower-cases the method and appends the body last, byte for byte', () => {
    // The body of the payment in RapydPayments/rapyd-request-signatures app.js, without whitespace.
    const body = '{"amount":230,"currency":"MXN","payment_method":{"type":"mx_diestel_cash"}}';
    expect(signRequest({ ...base, method: 'POST', urlPath: '/v1/payments', body })).toBe(
      'MDc4YTE2YmViZTA0YmZjM2VmNzQ3OTk0ZmIzMDBjZmFhNDhmYWRmMTQwNzg2YjEyOTU2NDljM2ZmODkzYzMzOA==',
    );
  });

  it('is the base64 of the lower-case hex digest, not of the raw 32 bytes', () => {
    const signature = signRequest({ ...base, method: 'get', urlPath: '/v1/data/countries', body: '' });
    expect(Buffer.from(signature, 'base64').toString('utf8')).toBe(
      'd1fdb206f676db6c395d5522e39af44ee3da34bd2c22e814cbb43830744cf8f5',
    );
  });

  it('changes with every signed part', () => {
    const signed = { ...base, method: 'get', urlPath: '/v1/data/countries', body: '' };
    const reference = signRequest(signed);
    for (const changed of [
      { ...signed, salt: 'a1b2c3d4e5f60719' },
      { ...signed, timestamp: '1733356801' },
      { ...signed, accessKey: 'rak_5C0FFEE0D15EA5E0B0A8' },
      { ...signed, secretKey: `${SECRET_KEY.slice(0, -1)}4` },
      { ...signed, urlPath: '/v1/data/currencies' },
      { ...signed, body: '{}' },
    ]) {
      expect(signRequest(changed)).not.toBe(reference);
    }
  });

  it('makes a 16-character hex salt, different every time', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newSalt()));
    expect(salts.size).toBe(20);
    for (const salt of salts) expect(salt).toMatch(/^[0-9a-f]{16}$/);
  });

  it('stamps the request in Unix seconds, ten seconds back as Rapyd’s Postman collection does', () => {
    expect(requestTimestamp(Date.UTC(2024, 11, 5, 0, 0, 10, 999))).toBe(TIMESTAMP);
  });
});
