import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerLogoPath, providerLogoType } from './logos.js';
import { providers } from './providers.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('provider logos', () => {
  it('resolves an SVG logo to an SVG file on disk', () => {
    const path = providerLogoPath('stripe');
    expect(path).toBeDefined();
    expect(basename(path!)).toBe('stripe.svg');
    expect(readFileSync(path!, 'utf8')).toContain('<svg');
    expect(providerLogoType('stripe')).toBe('image/svg+xml');
  });

  it('resolves a PNG logo to a downscaled PNG on disk', () => {
    const path = providerLogoPath('wayforpay');
    expect(providerLogoType('wayforpay')).toBe('image/png');
    const [width, height] = pngSize(path!);
    expect(Math.max(width, height)).toBeLessThanOrEqual(160);
  });

  it('points every provider that has a logo to an existing file of the announced type', () => {
    const withLogo = providers.filter((p) => p.logo !== undefined);
    expect(withLogo.length).toBe(591);
    for (const provider of withLogo) {
      const path = providerLogoPath(provider.code)!;
      expect(existsSync(path), path).toBe(true);
      expect(statSync(path).size).toBeGreaterThan(0);
      const type = providerLogoType(provider.code);
      if (type === 'image/png') expect(Math.max(...pngSize(path))).toBeLessThanOrEqual(160);
      else expect(readFileSync(path, 'utf8')).toMatch(/<svg[\s>]/);
    }
  });

  it('ships no logo file that no provider uses', () => {
    const folder = dirname(providerLogoPath('stripe')!);
    const used = new Set(providers.flatMap((p) => (p.logo ? [p.logo] : [])));
    expect(readdirSync(folder).filter((file) => !used.has(file))).toEqual([]);
  });

  it('returns undefined for a provider without a logo and for an unknown provider', () => {
    expect(providerLogoPath('platon')).toBeUndefined();
    expect(providerLogoType('platon')).toBeUndefined();
    expect(providerLogoPath('../package.json')).toBeUndefined();
  });
});
