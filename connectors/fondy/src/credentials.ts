// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Fondy connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Fondy. */
export interface FondyCredentials {
  /**
   * Merchant ID: digits only, up to 12, e.g. 1396424 (Fondy's public test merchant); Fondy merchant portal → Merchant settings → Technical settings
   */
  merchantId: string;
  /**
   * Payment key: the merchant's payment key (request signing secret), no spaces; shown under Merchant settings → Technical settings next to the Merchant ID (secret)
   */
  paymentKey: string;
}
