// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Authorize.net connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Authorize.net. */
export interface AuthorizenetCredentials {
  /**
   * API Login ID: up to 25 letters and digits; Merchant Interface → Account → Settings → Security Settings → API Credentials & Keys → API Login ID
   */
  apiLoginId: string;
  /**
   * Transaction Key: 16 letters and digits, shown once when created; Merchant Interface → Account → Settings → Security Settings → API Credentials & Keys → New Transaction Key → Submit (secret)
   */
  transactionKey: string;
}
