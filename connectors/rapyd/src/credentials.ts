// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.

/** Credential schema version of the Rapyd connector. */
export const CREDENTIALS_VERSION = 1;

/** The credentials a merchant enters to connect Rapyd. */
export interface RapydCredentials {
  /**
   * Access key: sent with every request; Rapyd Client Portal → Developers → API access control, with the Sandbox switch set to the environment you connect (production keys are shown to the account owner only): 16 to 64 letters or digits, optionally after rak_ (secret)
   */
  accessKey: string;
  /**
   * Secret key: signs every request and is never sent; shown next to the access key under Developers → API access control, for the same environment: 32 to 128 letters or digits, optionally after rsk_ (secret)
   */
  secretKey: string;
}
