// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Cashfree Payments connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Cashfree Payments. */
export interface CashfreeCredentials {
  /**
   * App ID: the Payment Gateway client ID, letters and digits (Test environment App IDs start with TEST); Merchant Dashboard → Payment Gateway → Developers → API Keys, in the environment you connect
   */
  appId: string;
  /**
   * Secret Key: the Payment Gateway client secret shown next to the App ID (View API Key; in production after an OTP), e.g. cfsk_ma_test_… or cfsk_ma_prod_…; keys of Payouts or Secure ID do not work here (secret)
   */
  secretKey: string;
}
