import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature, WebhookSignatureError } from './signature.js';

const SECRET = 'whsec_test_0123456789abcdef';
const NOW = 1_800_000_000;
const body = JSON.stringify({
  id: 'evt_1',
  type: 'connection.degraded',
  createdAt: '2027-01-15T08:00:00.000Z',
  orgId: 'org_1',
  data: { connection: { id: 'conn_1' } },
});

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookSignatureError) return error.code;
    throw error;
  }
  return undefined;
}

describe('verifySignature', () => {
  it('returns the event of a body signed with the secret, as text or bytes', () => {
    const header = signatureHeader(body, SECRET, NOW);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(body, header, SECRET, { now: NOW })).toMatchObject({
      id: 'evt_1',
      type: 'connection.degraded',
    });
    expect(verifySignature(Buffer.from(body), header, SECRET, { now: NOW + 10 }).id).toBe('evt_1');
  });

  it('refuses a changed body, another secret, and re-serialised JSON', () => {
    const header = signatureHeader(body, SECRET, NOW);
    expect(refusal(() => verifySignature(body.replace('evt_1', 'evt_2'), header, SECRET, { now: NOW }))).toBe(
      'signature_mismatch',
    );
    expect(refusal(() => verifySignature(body, header, 'whsec_other', { now: NOW }))).toBe(
      'signature_mismatch',
    );
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    expect(refusal(() => verifySignature(pretty, header, SECRET, { now: NOW }))).toBe('signature_mismatch');
  });

  it('refuses a signature older (or newer) than the tolerance', () => {
    const header = signatureHeader(body, SECRET, NOW);
    expect(refusal(() => verifySignature(body, header, SECRET, { now: NOW + 301 }))).toBe(
      'timestamp_out_of_tolerance',
    );
    expect(refusal(() => verifySignature(body, header, SECRET, { now: NOW - 301 }))).toBe(
      'timestamp_out_of_tolerance',
    );
    expect(verifySignature(body, header, SECRET, { now: NOW + 3600, toleranceSeconds: 3600 }).id).toBe(
      'evt_1',
    );
  });

  it('says what is wrong with a missing or malformed header', () => {
    expect(refusal(() => verifySignature(body, undefined, SECRET))).toBe('missing_header');
    expect(refusal(() => verifySignature(body, '', SECRET))).toBe('missing_header');
    expect(refusal(() => verifySignature(body, 'v1=abc', SECRET))).toBe('malformed_header');
    expect(refusal(() => verifySignature(body, `t=${NOW}`, SECRET, { now: NOW }))).toBe('malformed_header');
  });

  it('accepts either secret while one is being rotated, from either side', () => {
    const both = signatureHeader(body, ['whsec_new', 'whsec_old'], NOW);
    expect(verifySignature(body, both, 'whsec_old', { now: NOW }).id).toBe('evt_1');
    expect(verifySignature(body, both, 'whsec_new', { now: NOW }).id).toBe('evt_1');
    const newOnly = signatureHeader(body, 'whsec_new', NOW);
    expect(verifySignature(body, newOnly, ['whsec_old', 'whsec_new'], { now: NOW }).id).toBe('evt_1');
  });

  it('ignores signature schemes it does not know', () => {
    const header = `${signatureHeader(body, SECRET, NOW)},v2=${'0'.repeat(64)}`;
    expect(verifySignature(body, header, SECRET, { now: NOW }).id).toBe('evt_1');
  });
});
