// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Airwallex connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Airwallex. */
export interface AirwallexCredentials {
  /**
   * Client ID: the unique Client ID shown with your API keys; Airwallex web app → Developer → API keys (the demo web app for the sandbox, the production web app for live)
   */
  clientId: string;
  /**
   * API key: an API key created on the same page (Developer → API keys); shown in full only once, when it is created (secret)
   */
  apiKey: string;
}
