// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the SumUp connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect SumUp. */
export interface SumupCredentials {
  /**
   * Secret API key: starts with sup_sk_; SumUp Dashboard → Settings → Developers → API keys (me.sumup.com/settings/api-keys). Create it in a test account for sandbox and in your live account for live (secret)
   */
  apiKey: string;
}
