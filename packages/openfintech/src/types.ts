import type {
  CURRENCY_TYPES,
  PAYMENT_METHOD_CATEGORIES,
  PAYOUT_METHOD_CATEGORIES,
  PROVIDER_CATEGORIES,
  PROVIDER_STATUSES,
  REGIONS,
} from './generated/enums.js';

/** Kind of currency: `national`, `metal` and `technical` ones are ISO 4217, the others are not. */
export type CurrencyType = (typeof CURRENCY_TYPES)[number];
/** World region a country belongs to. */
export type Region = (typeof REGIONS)[number];
/** Category of a payment method, such as `payment_card` or `digital_wallet`. */
export type PaymentMethodCategory = (typeof PAYMENT_METHOD_CATEGORIES)[number];
/** Category of a payout method, such as `bank_transfer` or `telecommunications`. */
export type PayoutMethodCategory = (typeof PAYOUT_METHOD_CATEGORIES)[number];
/** What a provider does for merchants: `acquiring`, `aggregating`, `collecting`, `distributing`. */
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];
/** Catalogue status of a provider entry, as OpenFinTech lists it. */
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/** How a customer pays a merchant. */
export interface PaymentMethod {
  readonly code: string;
  /** English name. */
  readonly name: string;
  readonly category: PaymentMethodCategory;
  /** English description, plain text. */
  readonly description?: string;
  /** ISO 3166-1 alpha-2 codes of the countries where the method is used, when the catalogue says. */
  readonly countries?: readonly string[];
  /** Only on PayCore overlay entries (methods OpenFinTech lacks): the page the entry is sourced from. */
  readonly overlaySource?: string;
}

/** How a merchant pays customers out: a card, a wallet, a bank, or a biller such as a utility. */
export interface PayoutMethod {
  readonly code: string;
  /** English name. */
  readonly name: string;
  readonly category: PayoutMethodCategory;
  /** ISO 3166-1 alpha-2 codes; only overlay entries carry them. */
  readonly countries?: readonly string[];
  /** Only on PayCore overlay entries (methods OpenFinTech lacks): the page the entry is sourced from. */
  readonly overlaySource?: string;
}

/** How a payment is carried out, such as `hpp` (hosted payment page) or `card`. */
export interface PaymentFlow {
  readonly code: string;
  /** English name. */
  readonly name: string;
}

/** A currency of the catalogue; `iso4217` tells the ISO 4217 ones from digital and crypto units. */
export interface Currency {
  readonly code: string;
  /** English name. */
  readonly name: string;
  readonly type: CurrencyType;
  /** Digits after the decimal point in the minor unit. */
  readonly exponent: number;
  /** True for national, metal and technical currencies with a three-letter code. */
  readonly iso4217: boolean;
}

/** A country or territory. */
export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** English name. */
  readonly name: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly alpha3: string;
  /** Null for the uninhabited territories the catalogue leaves unassigned. */
  readonly region: Region | null;
}

/** A payment provider entry of the directory. */
export interface Provider {
  readonly code: string;
  /** English name. */
  readonly name: string;
  readonly status: ProviderStatus;
  /** ISO 3166-1 alpha-2 codes; empty when the catalogue does not say. */
  readonly countries: readonly string[];
  /** Payment method codes; empty when the catalogue does not say. */
  readonly paymentMethods: readonly string[];
  /** Payout method codes; empty when the catalogue does not say. */
  readonly payoutMethods: readonly string[];
  readonly categories: readonly ProviderCategory[];
  /** English description, plain text. */
  readonly description?: string;
  /** File name of the provider's logo in the package's `logos/` folder; see `providerLogoPath`. */
  readonly logo?: string;
}
