// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the RozetkaPay connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect RozetkaPay. */
export interface RozetkapayCredentials {
  /**
   * Login: the API login RozetkaPay's support team gives you (a merchant already using RozetkaPay's older API uses its API_KEY here)
   */
  login: string;
  /**
   * Password: the API password given with the login (or the older API's API_SECRET); it also signs RozetkaPay's callbacks (secret)
   */
  password: string;
}
