import { describe, expect, it } from 'vitest';
import { fondySignature } from '../src/sign.js';

describe('Fondy request signing', () => {
  // Worked example from Fondy's API reference, "Authentication"
  // (https://docs.fondy.io/reference/authentication): a checkout/url request for the public test
  // merchant 1396424, whose payment key is "test", carries this signature. Re-derived before use
  // with: printf '%s' 'test|1000|USD|1396424|Test payment|TestOrder2|http://myshop/callback/' | openssl dgst -sha1
  it('reproduces the signature of the documented example request', () => {
    const request = {
      server_callback_url: 'http://myshop/callback/',
      order_id: 'TestOrder2',
      currency: 'USD',
      merchant_id: 1396424,
      order_desc: 'Test payment',
      amount: 1000,
    };
    expect(fondySignature(request, 'test')).toBe('91ea7da493a8367410fe3d7f877fb5e0ed666490');
  });

  it('leaves out empty values and the signature field itself', () => {
    const request = {
      server_callback_url: 'http://myshop/callback/',
      order_id: 'TestOrder2',
      currency: 'USD',
      merchant_id: 1396424,
      order_desc: 'Test payment',
      amount: 1000,
      response_url: '',
      lifetime: undefined,
      signature: 'stale',
    };
    expect(fondySignature(request, 'test')).toBe('91ea7da493a8367410fe3d7f877fb5e0ed666490');
  });

  // The status request signs merchant_id, order_id and version in that (alphabetical) order:
  // sha1("test|1396424|order-1|1.0"), computed independently with
  // printf '%s' 'test|1396424|order-1|1.0' | openssl dgst -sha1
  it('orders the status request fields by name (openssl-derived value)', () => {
    expect(fondySignature({ order_id: 'order-1', merchant_id: 1396424, version: '1.0' }, 'test')).toBe(
      'c64b4a24ac2b5a4a8a1663d4c13c7a19ae7aead8',
    );
  });
});
