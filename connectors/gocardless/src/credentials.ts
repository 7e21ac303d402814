// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the GoCardless connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect GoCardless. */
export interface GocardlessCredentials {
  /**
   * Access token: starts with sandbox_ (sandbox) or live_ (live), followed by letters, digits, - and _; Dashboard → Developers → Create → Access token, shown once when it is created (Read-only access is enough) (secret)
   */
  accessToken: string;
}
