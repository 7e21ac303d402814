// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Interkassa connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Interkassa. */
export interface InterkassaCredentials {
  /**
   * User ID: the API user's identifier, the login of the API's Basic authentication; Interkassa account → Settings → API, shown once the API is turned on
   */
  userId: string;
  /**
   * API key: the key shown next to the User ID in the API settings; the password of the API's Basic authentication (secret)
   */
  apiKey: string;
}
