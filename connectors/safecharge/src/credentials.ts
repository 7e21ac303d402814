// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Nuvei connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Nuvei. */
export interface SafechargeCredentials {
  /**
   * Merchant ID: the merchant ID Nuvei gives you for your sandbox or production account; ask your Nuvei account manager or integration specialist if you do not have it
   */
  merchantId: string;
  /**
   * Merchant Site ID: the ID of the site (website or app) the payments belong to; Nuvei Control Panel → Account Settings, or given with the merchant ID
   */
  merchantSiteId: string;
  /**
   * Secret Key: the secret key of that site, shown with the Merchant Site ID; never sent to Nuvei, only used to compute each request's checksum (secret)
   */
  merchantSecretKey: string;
  /**
   * Hash type: the checksum algorithm Nuvei set for your site: sha256 unless Nuvei told you md5
   */
  hashType?: 'sha256' | 'md5';
}
