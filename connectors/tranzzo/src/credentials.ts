// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Tranzzo connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Tranzzo. */
export interface TranzzoCredentials {
  /**
   * POS_ID: the point of sale identifier, a UUID such as dc728de1-51ef-4ef1-80f7-3b44b07b5667; Tranzzo Merchant Portal → your project → credentials
   */
  posId: string;
  /**
   * API_KEY: the project's API key, shown with the POS_ID in the Merchant Portal's project credentials (secret)
   */
  apiKey: string;
  /**
   * API_SECRET: the project's API secret (also signs Tranzzo's webhooks), shown with the API key (secret)
   */
  apiSecret: string;
  /**
   * ENDPOINTS_KEY: the endpoints authorization key sent in X-API-KEY, shown with the other project credentials (secret)
   */
  endpointsKey: string;
}
