// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Przelewy24 connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Przelewy24. */
export interface Przelewy24Credentials {
  /**
   * Merchant ID: your Przelewy24 account ID (ID sprzedawcy), digits only; Przelewy24 panel → My data → API and configuration data
   */
  merchantId: string;
  /**
   * Shop ID (posId): digits only; the same as the Merchant ID unless your account has several shops — leave empty then
   */
  posId?: string;
  /**
   * API key (key for reports): the API key, also called the key for reports (secretId); Przelewy24 panel → My data → API and configuration data (secret)
   */
  apiKey: string;
  /**
   * CRC key: signs transactions (shown next to the API key); not used by the check, needed for payments (secret)
   */
  crc?: string;
}
