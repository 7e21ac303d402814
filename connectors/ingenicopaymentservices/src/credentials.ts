// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Worldline Direct connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Worldline Direct. */
export interface IngenicopaymentservicesCredentials {
  /**
   * PSPID: your merchant id on the platform (letters, digits, dots, dashes or underscores), shown top right in the Merchant Portal after login; a test account and a live account have different PSPIDs
   */
  merchantId: string;
  /**
   * API Key: the API Key of that PSPID (letters and digits, e.g. 20 hexadecimal characters); Merchant Portal → Developer → Payment API, or Back Office → Configuration → Technical information → API settings → Direct API Key
   */
  apiKeyId: string;
  /**
   * API Secret: shown once, next to the API Key, when the key pair is generated (printable characters without spaces); it signs every request and is never sent (secret)
   */
  secretApiKey: string;
  /**
   * Platform: where your account is: worldline (Worldline Direct, the default) or anz (ANZ Worldline Payment Solutions, Australia); each has its own endpoints
   */
  platform?: 'worldline' | 'anz';
}
