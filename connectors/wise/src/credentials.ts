// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Wise connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Wise. */
export interface WiseCredentials {
  /**
   * API token: a UUID of 36 characters, like 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f; Wise → Settings → Developer tools → API tokens → Add new token (Read only is enough for the check). Sandbox tokens come from sandbox.transferwise.tech (secret)
   */
  apiToken: string;
}
