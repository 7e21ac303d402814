// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the WayForPay connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect WayForPay. */
export interface WayforpayCredentials {
  /**
   * Merchant login: the store's merchant login (merchantAccount): letters, digits, _, . and -, e.g. test_merch_n1; WayForPay personal account → store settings
   */
  merchantAccount: string;
  /**
   * Merchant secret key: the store's SecretKey: at least 8 characters, no spaces; shown next to the merchant login in the store settings (secret)
   */
  secretKey: string;
}
