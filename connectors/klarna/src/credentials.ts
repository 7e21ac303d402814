// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Klarna connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Klarna. */
export interface KlarnaCredentials {
  /**
   * Region: the Klarna region your account was created in: EU (Europe and the UK), NA (United States, Canada, Mexico) or OC (Australia, New Zealand); credentials only work in their own region
   */
  region: 'EU' | 'NA' | 'OC';
  /**
   * API key: starts with klarna_test_api_ (playground) or klarna_live_api_ (live); Merchant Portal → Settings → Klarna API keys → Generate new Klarna API key. Leave empty if you use an older username and password (secret)
   */
  apiKey?: string;
  /**
   * Username: optional with an API key: the username (a UUID) shown with it. Required with older credentials: the API username, your merchant ID, an underscore and a random part (e.g. PK12345_1a2b3c4d5e6f); Merchant Portal → Settings → API credentials
   */
  username?: string;
  /**
   * Password: only with older credentials (username and password): the API password shown once when the credentials were created. Leave empty if you use an API key (secret)
   */
  password?: string;
}
