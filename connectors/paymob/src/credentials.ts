// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Paymob connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Paymob. */
export interface PaymobCredentials {
  /**
   * Region: the Paymob dashboard your account is on: accept (Egypt, accept.paymob.com), ksa (Saudi Arabia, ksa.paymob.com), uae (United Arab Emirates, uae.paymob.com) or oman (Oman, oman.paymob.com)
   */
  region: 'accept' | 'ksa' | 'uae' | 'oman';
  /**
   * API Key: Paymob dashboard → Settings → Account Info → API Key (the same key serves Test mode and Live mode) (secret)
   */
  apiKey: string;
}
