import { describe, expect, it } from 'vitest';
import { merchantSignature } from '../src/sign.js';

// WayForPay's docs state the rule (wiki.wayforpay.com/en/view/852117, Check Status: HMAC_MD5 with
// the SecretKey over "merchantAccount;orderReference" in UTF-8) but publish no worked example with
// its result. The expected values below were therefore computed independently, once, with
//   printf '%s' 'test_merch_n1;DH783023' | openssl dgst -md5 -hmac 'flk3409refn54t54t*FNJRET'
// (and the same for the Cyrillic reference), and pasted as literals. test_merch_n1 and its secret
// are the public test store of WayForPay's official PHP SDK (AccountSecretTestCredential).
const TEST_MERCHANT = 'test_merch_n1';
const TEST_SECRET = 'flk3409refn54t54t*FNJRET';

describe('WayForPay request signing', () => {
  it('signs merchantAccount;orderReference as hex HMAC-MD5 (openssl-derived value)', () => {
    expect(merchantSignature([TEST_MERCHANT, 'DH783023'], TEST_SECRET)).toBe(
      'b1877c0b08a7d49a579f18ed68855ec6',
    );
  });

  it('hashes the joined string as UTF-8 (openssl-derived value)', () => {
    expect(merchantSignature([TEST_MERCHANT, 'замовлення-1'], TEST_SECRET)).toBe(
      'b806850f9be60d5cb3dbe1923bb45e19',
    );
  });
});
