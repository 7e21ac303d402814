import { describe, expect, it } from 'vitest';
import { tokenRequestBody } from '../src/token.js';

describe('PayU token request body', () => {
  it('matches PayU’s documented client_credentials example byte for byte', () => {
    // developers.payu.com/europe/docs/payment-flows/auth-and-order: curl -d 'grant_type=client_credentials'
    // -d 'client_id=460718' -d 'client_secret=22f4175da9f0f72bcce976dd8bd7504f' (curl joins -d with &).
    expect(tokenRequestBody({ clientId: '460718', clientSecret: '22f4175da9f0f72bcce976dd8bd7504f' })).toBe(
      'grant_type=client_credentials&client_id=460718&client_secret=22f4175da9f0f72bcce976dd8bd7504f',
    );
  });
});
