import { describe, expect, it } from 'vitest';
import { ENCODER, recordedOutput, sha256, toUtf8Svg } from './build-logos.js';

describe('toUtf8Svg', () => {
  it('transcodes a UTF-16 SVG with a byte-order mark to UTF-8 and fixes its declaration', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><svg xmlns="http://www.w3.org/2000/svg"/>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const expected = text.replace('UTF-16', 'UTF-8');
    expect(toUtf8Svg(le).toString('utf8')).toBe(expected);
    expect(toUtf8Svg(be).toString('utf8')).toBe(expected);
  });

  it('leaves a UTF-8 SVG untouched', () => {
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(toUtf8Svg(bytes)).toBe(bytes);
  });
});

describe('recordedOutput', () => {
  const entry = { code: 'acme', file: 'acme.png', source: 'logos/acme/logo.png', sourceSha256: 'aa' };
  const index = { encoder: ENCODER, items: [{ ...entry, sha256: 'bb' }] };

  it('reuses the recorded PNG output while the source and encoder are unchanged', () => {
    expect(recordedOutput(entry, index)).toBe('bb');
  });

  it('forgets it when the source image or the encoder settings change', () => {
    expect(recordedOutput({ ...entry, sourceSha256: 'cc' }, index)).toBeUndefined();
    expect(recordedOutput(entry, { ...index, encoder: 'other' })).toBeUndefined();
    expect(recordedOutput(entry, undefined)).toBeUndefined();
  });

  it('knows an SVG output from its bytes alone', () => {
    const bytes = Buffer.from('<svg/>');
    expect(recordedOutput({ ...entry, file: 'acme.svg', bytes }, undefined)).toBe(sha256(bytes));
  });
});
