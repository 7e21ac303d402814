// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Adyen connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Adyen. */
export interface AdyenCredentials {
  /**
   * API key: a long string of letters, digits and symbols without spaces, shown once when generated; Customer Area → Developers → API credentials → ws@Company.YourCompany → Server settings → Authentication → API key → Generate API key (secret)
   */
  apiKey: string;
  /**
   * Merchant account: the merchant account name (not the company account), letters, digits and underscores; Customer Area → account switcher at the top left, the name under your company account
   */
  merchantAccount: string;
  /**
   * Live URL prefix: needed for live only: a hex part, a dash and your company name, e.g. 1797a841fbb37ca7-AdyenDemo (the part before -checkout-live in your live Checkout URL); live Customer Area → Developers → API URLs → Prefix
   */
  liveUrlPrefix?: string;
}
