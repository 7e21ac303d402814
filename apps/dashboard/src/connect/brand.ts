import type { Brand } from './connect-api';

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * Puts the organisation's look on the page: its theme as `data-theme`, its primary colour as the
 * `--primary` token every button and focus ring uses (the stylesheet derives the shades). Set
 * through the CSSOM, which the page's policy allows where inline styles are not.
 */
export function applyBrand(root: HTMLElement, brand: Brand | null): void {
  root.dataset.theme = brand?.theme ?? 'light';
  if (brand?.primaryColor && HEX.test(brand.primaryColor))
    root.style.setProperty('--primary', brand.primaryColor);
}
