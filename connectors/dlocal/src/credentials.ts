// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the dLocal connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect dLocal. */
export interface DlocalCredentials {
  /**
   * X-Login: identifies your merchant account; dLocal Merchant Dashboard → Settings → Integration (switch the Test mode toggle first for sandbox credentials)
   */
  xLogin: string;
  /**
   * X-Trans-Key: sent with the X-Login to authenticate requests; shown next to it under Settings → Integration (secret)
   */
  xTransKey: string;
  /**
   * Secret key: signs every request (HMAC-SHA256); shown under Settings → Integration with the X-Login and X-Trans-Key of the same mode (secret)
   */
  secretKey: string;
}
