// Plans and produces `logos/<code>.svg|png` from `source/logos/<code>/`.
// SVGs are copied byte for byte, except that UTF-16 ones are transcoded to UTF-8. PNGs are
// downscaled and palette-quantised with sharp. Re-encoding is not guaranteed to give the same
// bytes on another platform or sharp version, so the index (data/logos.json) records the hash of
// each source image and of each output, and a PNG is only re-encoded when its source, the encoder
// settings or the output file no longer match the index.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Logo files in order of preference: vector first, then the full logo before the square icon. */
const PREFERENCE = ['logo.svg', 'icon.svg', 'logo.png', 'icon.png'];

/** Largest side of a PNG logo, in pixels. */
export const MAX_SIDE = 160;

/** Describes the PNG encoding; a change here invalidates every recorded PNG output. */
export const ENCODER = `sharp fit=inside max=${MAX_SIDE} png palette quality=90 effort=10 compression=9`;

/** SHA-256 of a buffer, hex. */
export function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/**
 * Chooses the logo source for each provider that has one.
 * @param {string} sourceDir absolute path of `source/logos`
 * @param {string[]} providerCodes
 * @returns {{ code: string, file: string, source: string, sourceSha256: string, bytes: Buffer }[]}
 *   `bytes` is the source image, or for an SVG already the output
 */
export function planLogos(sourceDir, providerCodes) {
  const plan = [];
  for (const code of [...new Set(providerCodes)].sort()) {
    const dir = join(sourceDir, code);
    if (!existsSync(dir)) continue;
    const available = new Set(readdirSync(dir));
    const chosen = PREFERENCE.find((name) => available.has(name));
    if (!chosen) continue;
    const bytes = readFileSync(join(dir, chosen));
    const svg = chosen.endsWith('.svg');
    plan.push({
      code,
      file: `${code}.${svg ? 'svg' : 'png'}`,
      source: `logos/${code}/${chosen}`,
      sourceSha256: sha256(bytes),
      bytes: svg ? toUtf8Svg(bytes) : bytes,
    });
  }
  return plan;
}

/**
 * The output recorded in the committed index for `entry`, when it is still valid for the current
 * source and encoder; SVG outputs are always known since they are the source bytes.
 */
export function recordedOutput(entry, committedIndex) {
  if (entry.file.endsWith('.svg')) return sha256(entry.bytes);
  if (committedIndex?.encoder !== ENCODER) return undefined;
  const previous = committedIndex.items?.find((item) => item.code === entry.code);
  if (previous?.file !== entry.file || previous.sourceSha256 !== entry.sourceSha256) return undefined;
  return previous.sha256;
}

/**
 * An SVG as UTF-8: a few catalogue SVGs are UTF-16 with a byte-order mark, which doubles their
 * size and trips up tools that assume UTF-8 (the XML declaration is rewritten to match).
 */
export function toUtf8Svg(bytes) {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return bytes;
  const body = le ? bytes.subarray(2) : Buffer.from(bytes.subarray(2)).swap16();
  const text = body.toString('utf16le').replace(/(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, '$1UTF-8$2');
  return Buffer.from(text, 'utf8');
}

/** Encodes a PNG logo so that its larger side is at most {@link MAX_SIDE} pixels. */
export async function encodePng(bytes) {
  const { default: sharp } = await import('sharp');
  return sharp(bytes)
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
    .toBuffer();
}

/** The index entries, in the order and shape they are committed. */
export function indexItems(plan, outputs) {
  return plan.map((entry) => ({
    code: entry.code,
    file: entry.file,
    source: entry.source,
    sourceSha256: entry.sourceSha256,
    sha256: outputs.get(entry.code),
  }));
}
