import { describe, expect, it } from 'vitest';
import { checksum, timeStamp } from '../src/checksum.js';

// The request values of the getSessionToken example in Nuvei's official Java SDK
// (Nuvei/nuvei-server-java, src/test/resources/mock/request/getSessionToken.json). Nuvei never
// publishes the secret key behind its example checksums, so the key below is made up and the
// expected values were computed outside this code with
// `printf '%s' "$MERCHANT_ID$SITE_ID$CLIENT_REQUEST_ID$TIME_STAMP$SECRET" | openssl dgst -sha256` (and -md5).
const VALUES = ['7777777', '19', '1484759782197', '20170118191622'];
const SECRET = '3ZoK8h1qE5sX';

describe('Nuvei checksum', () => {
  it('hashes merchantId, merchantSiteId, clientRequestId, timeStamp and the secret key with SHA-256', () => {
    expect(checksum(VALUES, SECRET)).toBe('bf86e8126ce782168fe5dc0f78aab42eb0e161743727fe8262787358114b5c9b');
    expect(checksum(VALUES, SECRET, 'sha256')).toBe(checksum(VALUES, SECRET));
  });

  it('uses MD5 for a site set to MD5', () => {
    expect(checksum(VALUES, SECRET, 'md5')).toBe('759045241c86700efa81dbc75e00ac4a');
  });

  it('writes the timeStamp as YYYYMMDDHHmmss', () => {
    expect(timeStamp(new Date('2017-01-18T19:16:22.123Z'))).toBe('20170118191622');
  });
});
