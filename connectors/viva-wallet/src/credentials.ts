// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Viva Wallet connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Viva Wallet. */
export interface VivaWalletCredentials {
  /**
   * Client ID: the Smart Checkout Client ID, ending in .apps.vivapayments.com; Viva banking app → Settings → API Access → Smart Checkout Credentials (the demo account for the sandbox, the live account for live)
   */
  clientId: string;
  /**
   * Client Secret: the Smart Checkout Client Secret shown (or generated) next to the Client ID on the same page (secret)
   */
  clientSecret: string;
}
