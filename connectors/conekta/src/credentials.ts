// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Conekta connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Conekta. */
export interface ConektaCredentials {
  /**
   * Private key: the private API key (llave privada), starting with key_; Conekta panel → Developers → API keys, in the mode (test or production) you connect. The public key does not work here (secret)
   */
  privateKey: string;
}
