// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Checkout.com connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Checkout.com. */
export interface CheckoutcomCredentials {
  /**
   * Secret API key: starts with sk_sbox_ (sandbox) or sk_ (production) followed by 27 letters and digits; Dashboard → Developers → Keys → Create a new key → Secret API key. A key from the previous platform (sk_test_… or sk_… with dashes, from the Hub) also works (secret)
   */
  secretKey: string;
  /**
   * Public API key: starts with pk_sbox_ (sandbox) or pk_ (production) followed by 27 letters and digits; created with the secret key under Dashboard → Developers → Keys. Needed only for payment pages that collect cards in the browser
   */
  publicKey?: string;
}
