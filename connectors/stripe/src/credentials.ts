// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Stripe connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Stripe. */
export interface StripeCredentials {
  /**
   * Secret key: starts with sk_test_ or sk_live_ (a restricted key, rk_test_ or rk_live_, with Balance read access also works); Dashboard → Developers → API keys (secret)
   */
  secretKey: string;
  /**
   * Publishable key: starts with pk_test_ or pk_live_; shown next to the secret key. Needed only for payment pages that collect cards in the browser
   */
  publishableKey?: string;
}
