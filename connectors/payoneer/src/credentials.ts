// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Payoneer connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Payoneer. */
export interface PayoneerCredentials {
  /**
   * Client ID: the API client ID Payoneer issued for your integration, without spaces or colons; sent by Payoneer with the client secret when API access is enabled (sandbox and production have different pairs)
   */
  clientId: string;
  /**
   * Client secret: the API client secret issued with the client ID, without spaces (secret)
   */
  clientSecret: string;
  /**
   * Program ID: your payout program's ID, letters and digits (usually a number such as 100086190); given by Payoneer when the program is set up and shown in your Payoneer account
   */
  programId: string;
}
