// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the PayPal connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect PayPal. */
export interface PaypalCredentials {
  /**
   * Client ID: the REST app's Client ID, about 80 letters, digits, dashes and underscores; Developer Dashboard → Apps & Credentials, on the Sandbox or Live tab
   */
  clientId: string;
  /**
   * Secret: the REST app's Secret (Secret key 1), about 80 letters, digits, dashes and underscores; shown under the Client ID after you click Show (secret)
   */
  clientSecret: string;
}
