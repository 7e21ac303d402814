// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Mollie connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Mollie. */
export interface MollieCredentials {
  /**
   * API key: starts with test_ (test mode) or live_ (live mode), followed by at least 30 letters and digits; Mollie Dashboard → Developers → API keys, for the website profile you connect. Organization access tokens (access_…) are not accepted (secret)
   */
  apiKey: string;
}
