// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Worldpay (Access Worldpay) connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Worldpay (Access Worldpay). */
export interface WorldpayCredentials {
  /**
   * Username: the Access Worldpay API username, without spaces or colons; issued by your Worldpay Implementation Manager at onboarding, separately for Try and Live
   */
  username: string;
  /**
   * Password: the Access Worldpay API password issued with the username, shown once (secret)
   */
  password: string;
  /**
   * Entity: letters, digits and spaces, up to 32 characters, starting with a letter or digit; given to you at onboarding, usually default. Used to route payments, not by this check
   */
  entity?: string;
}
