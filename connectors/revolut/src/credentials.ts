// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Revolut Merchant connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Revolut Merchant. */
export interface RevolutCredentials {
  /**
   * Secret key: the Merchant API secret key, starting with sk_; Revolut Business → your account name → APIs → Merchant API → API Secret key (Production), or the same page of the Revolut Business Sandbox for sandbox keys. The public key (pk_…) does not work here (secret)
   */
  secretKey: string;
}
