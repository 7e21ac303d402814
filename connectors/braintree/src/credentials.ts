// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Braintree connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Braintree. */
export interface BraintreeCredentials {
  /**
   * Merchant ID: letters and digits, usually 16 lower-case characters; Control Panel → gear icon → API → Merchant ID (also under Business → Merchant ID)
   */
  merchantId: string;
  /**
   * Public key: letters and digits, usually 16 lower-case characters; Control Panel → gear icon → API → API Keys → Public Key
   */
  publicKey: string;
  /**
   * Private key: letters and digits, usually 32 hexadecimal characters; Control Panel → gear icon → API → API Keys → Private Key → View (secret)
   */
  privateKey: string;
}
