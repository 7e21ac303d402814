// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Paystack connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Paystack. */
export interface PaystackCredentials {
  /**
   * Secret Key: starts with sk_test_ (test mode) or sk_live_ (live mode); Paystack Dashboard → Settings → API Keys & Webhooks. The public key (pk_…) cannot be used here (secret)
   */
  secretKey: string;
  /**
   * Public Key: starts with pk_test_ or pk_live_; shown above the secret key. Needed only for Paystack Popup/Inline checkout in the browser
   */
  publicKey?: string;
}
