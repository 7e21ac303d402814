import { fileURLToPath } from 'node:url';
import { getProvider } from './providers.js';

/** Media type of a provider logo. */
export type LogoType = 'image/svg+xml' | 'image/png';

/**
 * Absolute path of the provider's logo file, or undefined when the provider is unknown or has
 * no logo. Resolved from this module, so it works from `src` and from the built `dist`.
 */
export function providerLogoPath(code: string): string | undefined {
  const file = getProvider(code)?.logo;
  return file === undefined ? undefined : fileURLToPath(new URL(`../logos/${file}`, import.meta.url));
}

/** Media type of the provider's logo, or undefined when it has none. */
export function providerLogoType(code: string): LogoType | undefined {
  const file = getProvider(code)?.logo;
  if (file === undefined) return undefined;
  return file.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
}
