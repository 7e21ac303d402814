// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Mercado Pago connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Mercado Pago. */
export interface MercadoPagoCredentials {
  /**
   * Access Token: starts with APP_USR- (production credentials, and the test credentials of a test account) or TEST- (test credentials); Mercado Pago Developers → Your integrations → your application → Production credentials or Test credentials (secret)
   */
  accessToken: string;
}
