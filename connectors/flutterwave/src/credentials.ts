// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Flutterwave connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Flutterwave. */
export interface FlutterwaveCredentials {
  /**
   * Secret Key: starts with FLWSECK_TEST- (test mode) or FLWSECK- (live mode) and ends with -X; Flutterwave Dashboard → Settings → API Keys (Developers section). The encryption key and v4 client credentials are not accepted (secret)
   */
  secretKey: string;
  /**
   * Public Key: starts with FLWPUBK_TEST- (test mode) or FLWPUBK- (live mode) and ends with -X; shown on the same page. Needed only for Flutterwave Inline checkout in the browser
   */
  publicKey?: string;
}
