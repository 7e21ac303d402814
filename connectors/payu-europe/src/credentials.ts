// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the PayU GPO Europe connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect PayU GPO Europe. */
export interface PayuEuropeCredentials {
  /**
   * OAuth client_id (POS ID): digits only, the same number as the POS ID (pos_id); PayU management panel → My shops → your shop's details → Points of sale tab → your REST API (Checkout) POS → Configuration keys → OAuth protocol - client_id (use the sandbox panel, secure.snd.payu.com, for the sandbox)
   */
  clientId: string;
  /**
   * OAuth client_secret: 32 hexadecimal characters; the same POS page → Configuration keys → OAuth protocol - client_secret (the Key (MD5) of the POS) (secret)
   */
  clientSecret: string;
  /**
   * Second key (MD5): 32 hexadecimal characters; the same POS page → Configuration keys → Second key (MD5). Optional: the check does not use it; it is stored to verify the OpenPayU-Signature of PayU's payment notifications (secret)
   */
  secondKey?: string;
}
