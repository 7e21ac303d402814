// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the LiqPay connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect LiqPay. */
export interface LiqpayCredentials {
  /**
   * Public key: starts with sandbox_i (test key) or i (live key), followed by digits; LiqPay business account → your company → Settings → API
   */
  publicKey: string;
  /**
   * Private key: starts with sandbox_ for the test key; the live key is letters and digits only; shown next to the public key under Settings → API (secret)
   */
  privateKey: string;
}
