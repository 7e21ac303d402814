export { countries, getCountry } from './countries.js';
export { currencies, getCurrency } from './currencies.js';
export {
  CURRENCY_TYPES,
  PAYMENT_METHOD_CATEGORIES,
  PAYOUT_METHOD_CATEGORIES,
  PROVIDER_CATEGORIES,
  PROVIDER_STATUSES,
  REGIONS,
} from './generated/enums.js';
export { type LogoType, providerLogoPath, providerLogoType } from './logos.js';
export { getPaymentFlow, paymentFlows } from './payment-flows.js';
export { getPaymentMethod, paymentMethods } from './payment-methods.js';
export { getPayoutMethod, payoutMethods } from './payout-methods.js';
export { OVERLAY_SOURCE, type OverlayEntry, overlayPaymentMethods, overlayPayoutMethods } from './overlay.js';
export { getProvider, providers } from './providers.js';
export type {
  Country,
  Currency,
  CurrencyType,
  PaymentFlow,
  PaymentMethod,
  PaymentMethodCategory,
  PayoutMethod,
  PayoutMethodCategory,
  Provider,
  ProviderCategory,
  ProviderStatus,
  Region,
} from './types.js';
export { type OpenFinTechVocabulary, vocabulary } from './vocabulary.js';
