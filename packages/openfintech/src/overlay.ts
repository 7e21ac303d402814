import { createRequire } from 'node:module';
import type { PaymentMethodCategory, PayoutMethodCategory } from './types.js';

const require = createRequire(import.meta.url);

/** One hand-written entry of `overlay/*.json`: a method OpenFinTech lacks, with its source. */
export interface OverlayEntry<Category extends string = string> {
  readonly code: string;
  readonly name: string;
  readonly category: Category;
  /** ISO 3166-1 alpha-2 codes of the countries where the method works. */
  readonly countries: readonly string[];
  /** The scheme's or its operator's page the entry was checked against. */
  readonly source: string;
}

/** The value `source` takes in the API for an overlay entry, next to `openfintech`. */
export const OVERLAY_SOURCE = 'paycore-overlay';

/**
 * Reads one overlay file as it is written. The overlay is hand-written data, not generated, so it
 * lives beside `data/` rather than in it; `overlay.test.ts` checks its shape and that no code
 * collides with an OpenFinTech one.
 */
function loadOverlay<Category extends string>(
  file: 'payment-methods.json' | 'payout-methods.json',
): readonly OverlayEntry<Category>[] {
  const document = require(`../overlay/${file}`) as { items: OverlayEntry<Category>[] };
  return Object.freeze(document.items);
}

/** The overlay's payment methods, as written. */
export const overlayPaymentMethods = loadOverlay<PaymentMethodCategory>('payment-methods.json');
/** The overlay's payout methods, as written. */
export const overlayPayoutMethods = loadOverlay<PayoutMethodCategory>('payout-methods.json');

/**
 * The catalogue's records followed by the overlay's (as records with `overlaySource`), sorted by
 * code. An overlay entry whose code the catalogue already has is left out: the catalogue wins.
 */
export function withOverlay<T extends { readonly code: string }>(
  catalogue: readonly T[],
  overlay: readonly OverlayEntry[],
  toRecord: (entry: OverlayEntry) => T,
): readonly T[] {
  const known = new Set(catalogue.map((item) => item.code));
  const added = overlay.filter((entry) => !known.has(entry.code)).map(toRecord);
  return Object.freeze(
    [...catalogue, ...added].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  );
}
