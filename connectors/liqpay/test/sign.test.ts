import { describe, expect, it } from 'vitest';
import { encodeData, signData } from '../src/sign.js';

// Worked example from LiqPay's "Forming data and signature" page
// (https://www.liqpay.ua/documentation/en/data_signature): the documented example private key,
// json_string, data and signature. The stored copy of that page we could read was cut off before
// the signature line; the signature below is the one LiqPay's example form carries (reproduced
// verbatim in many public integrations) and was re-derived independently with
// `printf '%s' "$KEY$DATA$KEY" | openssl dgst -binary -sha1 | base64` before being pasted here.
const DOC_PRIVATE_KEY = 'a4825234f4bae72a0be04eafe9e8e2bada209255';
const DOC_PARAMS = {
  public_key: 'i00000000',
  version: '3',
  action: 'pay',
  amount: '3',
  currency: 'UAH',
  description: 'test',
  order_id: '000001',
};
const DOC_DATA =
  'eyJwdWJsaWNfa2V5IjoiaTAwMDAwMDAwIiwidmVyc2lvbiI6IjMiLCJhY3Rpb24iOiJwYXkiLCJhbW91bnQiOiIzIiwiY3VycmVuY3kiOiJVQUgiLCJkZXNjcmlwdGlvbiI6InRlc3QiLCJvcmRlcl9pZCI6IjAwMDAwMSJ9';
const DOC_SIGNATURE = 'wR+UZDC4jjeL/qUOvIsofIWpZh8=';

describe('LiqPay request signing', () => {
  it('encodes the documented json_string to the documented data', () => {
    expect(encodeData(DOC_PARAMS)).toBe(DOC_DATA);
  });

  it('signs the documented data to the documented signature', () => {
    expect(signData(DOC_DATA, DOC_PRIVATE_KEY)).toBe(DOC_SIGNATURE);
  });

  it('base64-encodes the raw 20-byte SHA-1 digest, not its hex form', () => {
    const signature = signData(DOC_DATA, DOC_PRIVATE_KEY);
    expect(Buffer.from(signature, 'base64')).toHaveLength(20);
  });

  it('encodes non-ASCII text as UTF-8 before base64', () => {
    const data = encodeData({ description: 'Оплата' });
    expect(Buffer.from(data, 'base64').toString('utf8')).toBe('{"description":"Оплата"}');
  });
});
