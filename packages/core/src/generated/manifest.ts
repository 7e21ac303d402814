// Generated from schema/manifest.schema.json by scripts/generate-types.js — do not edit.

export type Code = string;

/**
 * The static description of a PayCore connector: everything the directory and the connect form need, read without running connector code.
 */
export interface ConnectorManifest {
  $schema?: string;
  /**
   * Unique connector id: lower-case letters, digits and dashes. Use the OpenFinTech provider code where one exists.
   */
  id: string;
  /**
   * Display name of the provider.
   */
  name: string;
  /**
   * ready: the connector can be connected (it has a verify hook). not-ready: listed in the directory only.
   */
  status: 'ready' | 'not-ready';
  /**
   * The provider's code in the OpenFinTech catalogue, when it has one.
   */
  openfintechCode?: string;
  /**
   * One or two sentences for the directory and overview.
   */
  description: string;
  /**
   * The provider's public website.
   */
  website: string;
  /**
   * The provider's API documentation.
   */
  docsUrl?: string;
  /**
   * Path of the logo file, relative to the package folder (svg or png).
   */
  logo?: string;
  /**
   * ISO 3166-1 alpha-2 codes of the countries where merchants can use the provider.
   */
  countries: string[];
  /**
   * OpenFinTech payment method codes: how a customer pays the merchant.
   */
  paymentMethods: Code[];
  /**
   * OpenFinTech payout method codes: how the merchant pays customers.
   */
  payoutMethods: Code[];
  /**
   * Payment methods in a currency, with optional flow and limits.
   */
  paymentServices: Service[];
  /**
   * Payout methods in a currency, with optional limits.
   */
  payoutServices: Service[];
  /**
   * The environments the connector supports and the exact hosts its verify hook may call in each.
   */
  environments: {
    sandbox?: Environment;
    live?: Environment;
  };
  /**
   * The credential form.
   */
  credentials: {
    /**
     * Schema version. Raise it when a change makes stored connections need new credentials; older connections are shown as needing a reconnect.
     */
    version: number;
    schema: CredentialSchema;
  };
}
export interface Service {
  method: Code;
  /**
   * ISO 4217 code.
   */
  currency: string;
  /**
   * OpenFinTech payment flow code, one of: card (payment card), cash, check, hpp (hosted payment page), invoice (invoice payment), sms (mobile SMS), ssk (self-service kiosk), test, transfer (manual payment transfer), voucher (prepaid voucher).
   */
  flow?: string;
  /**
   * Smallest amount in major units.
   */
  minAmount?: number;
  /**
   * Largest amount in major units.
   */
  maxAmount?: number;
}
export interface Environment {
  /**
   * Base URL of the provider API in this environment. May contain {field} placeholders naming a non-secret credential field.
   */
  baseUrl: string;
  /**
   * Every host the verify hook may call in this environment. A host may contain {field} placeholders naming a non-secret credential field constrained by a pattern.
   */
  hosts: string[];
  /**
   * How the provider calls this environment, e.g. Test mode.
   */
  label?: string;
  /**
   * Prefixes that a credential field's value starts with only in this environment (e.g. secretKey: ["sk_test_"]), from the provider's documentation. The connect form preselects the environment a typed key shows.
   */
  keyPrefixes?: {
    /**
     * @minItems 1
     */
    [k: string]: [string, ...string[]];
  };
}
/**
 * A JSON Schema 2020-12 object describing the credentials. Secret fields carry writeOnly: true.
 */
export interface CredentialSchema {
  type: 'object';
  properties: {
    [k: string]: CredentialField;
  };
  required?: string[];
  additionalProperties?: false;
  title?: string;
  description?: string;
}
/**
 * One credential field. Only these keywords are allowed, so every credential schema is a small, strict JSON Schema that compiles without surprises.
 */
export interface CredentialField {
  type: 'string' | 'integer' | 'number' | 'boolean';
  /**
   * The label a merchant recognises from the provider's dashboard.
   */
  title: string;
  /**
   * Where to find the value and its format, in plain words.
   */
  description?: string;
  /**
   * Marks a secret: masked in the form, never returned by the API, redacted from logs, encrypted at rest.
   */
  writeOnly?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /**
   * @minItems 1
   */
  enum?: [unknown, ...unknown[]];
  default?: unknown;
  examples?: unknown[];
  /**
   * A format checked by the form and the API.
   */
  format?: 'email' | 'uri' | 'hostname' | 'uuid' | 'date' | 'date-time' | 'ipv4' | 'ipv6';
  minimum?: number;
  maximum?: number;
  const?: unknown;
}
