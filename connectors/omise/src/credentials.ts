// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Omise connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Omise. */
export interface OmiseCredentials {
  /**
   * Secret key: starts with skey_test_ (Test mode) or skey_ (Live mode); Omise Dashboard → Keys, in the mode you connect. The public key (pkey_…) does not work here (secret)
   */
  secretKey: string;
}
