import { countries } from './countries.js';
import { currencies } from './currencies.js';
import { paymentFlows } from './payment-flows.js';
import { paymentMethods } from './payment-methods.js';
import { payoutMethods } from './payout-methods.js';

/**
 * The codes a connector manifest may use, in the shape of `Vocabulary` from `@paycore/core`.
 * Currencies are only the ISO 4217 ones; countries are ISO 3166-1 alpha-2 codes.
 */
export interface OpenFinTechVocabulary {
  readonly paymentMethods: ReadonlySet<string>;
  readonly payoutMethods: ReadonlySet<string>;
  readonly currencies: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly paymentFlows: ReadonlySet<string>;
}

const codes = (items: readonly { readonly code: string }[]): ReadonlySet<string> =>
  new Set(items.map((item) => item.code));

/** The OpenFinTech vocabulary, ready to pass wherever core expects a `Vocabulary`. */
export const vocabulary: OpenFinTechVocabulary = Object.freeze({
  paymentMethods: codes(paymentMethods),
  payoutMethods: codes(payoutMethods),
  currencies: codes(currencies.filter((currency) => currency.iso4217)),
  countries: codes(countries),
  paymentFlows: codes(paymentFlows),
});
