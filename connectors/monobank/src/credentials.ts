// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the monobank connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect monobank. */
export interface MonobankCredentials {
  /**
   * Acquiring token (X-Token): the token exactly as issued, at least 16 characters, no spaces; live: web.monobank.ua → internet acquiring settings; test: api.monobank.ua (secret)
   */
  token: string;
}
