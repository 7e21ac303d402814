// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the M-Pesa (Safaricom Daraja) connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect M-Pesa (Safaricom Daraja). */
export interface MpesaDarajaCredentials {
  /**
   * Consumer Key: the app's Consumer Key; Daraja portal → My Apps → your app (a sandbox app for the sandbox, the production app Safaricom approved for live) (secret)
   */
  consumerKey: string;
  /**
   * Consumer Secret: the app's Consumer Secret, shown next to the Consumer Key on the same app (secret)
   */
  consumerSecret: string;
}
