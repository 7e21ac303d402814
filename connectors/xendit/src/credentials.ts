// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Xendit connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Xendit. */
export interface XenditCredentials {
  /**
   * Secret API key: starts with xnd_development_ (Test mode) or xnd_production_ (Live mode); Xendit Dashboard → Settings → Developers → API keys → Generate secret key, with Read permission for Balance. A public key (xnd_public_…) does not work here (secret)
   */
  secretKey: string;
}
