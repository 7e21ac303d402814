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
  /** English names by code, so a "did you mean" can match a method's name as well as its code. */
  readonly names: {
    readonly paymentMethods: ReadonlyMap<string, string>;
    readonly payoutMethods: ReadonlyMap<string, string>;
  };
}

const codes = (items: readonly { readonly code: string }[]): ReadonlySet<string> =>
  new Set(items.map((item) => item.code));
const names = (
  items: readonly { readonly code: string; readonly name: string }[],
): ReadonlyMap<string, string> => new Map(items.map((item) => [item.code, item.name]));

/**
 * The OpenFinTech vocabulary with PayCore's overlay of methods OpenFinTech lacks, ready to pass
 * wherever core expects a `Vocabulary`.
 */
export const vocabulary: OpenFinTechVocabulary = Object.freeze({
  paymentMethods: codes(paymentMethods),
  payoutMethods: codes(payoutMethods),
  currencies: codes(currencies.filter((currency) => currency.iso4217)),
  countries: codes(countries),
  paymentFlows: codes(paymentFlows),
  names: { paymentMethods: names(paymentMethods), payoutMethods: names(payoutMethods) },
});
