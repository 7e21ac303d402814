// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Square connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Square. */
export interface SquareCredentials {
  /**
   * Access token: usually starts with EAAA, letters, digits, - and _ with no spaces; Developer Console → your application → Credentials → Sandbox or Production access token (Show), or an OAuth access token with MERCHANT_PROFILE_READ (secret)
   */
  accessToken: string;
}
