// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Razorpay connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Razorpay. */
export interface RazorpayCredentials {
  /**
   * Key Id: starts with rzp_test_ (Test mode) or rzp_live_ (Live mode); Razorpay Dashboard → Account & Settings → API Keys, in the mode you connect
   */
  keyId: string;
  /**
   * Key Secret: letters and digits, shown once next to the Key Id when the key is generated (download it then); regenerate the key if it is lost (secret)
   */
  keySecret: string;
}
