import type { JsonSchema } from '../http/validate.js';

/** The directory's page size when `limit` is not given: the whole directory today. */
export const DEFAULT_LIMIT = 1000;
/** The largest page. */
export const MAX_LIMIT = 1000;

/** Query of `GET /api/providers`. */
export interface DirectoryQuery {
  status?: 'ready' | 'not-ready';
  q?: string;
  paymentMethod?: string;
  payoutMethod?: string;
  currency?: string;
  country?: string;
  direction?: 'payment' | 'payout';
  offset?: number;
  limit?: number;
}

/** One code, or several separated by commas (at most 50): any of them matches. */
function codeList(code: string, description: string): JsonSchema {
  return {
    type: 'string',
    minLength: 1,
    maxLength: 1000,
    pattern: `^${code}(,${code}){0,49}$`,
    description: `${description}; several separated by commas match any of them`,
  };
}
const CODE = '[A-Za-z0-9_.-]{1,64}';

/** Schema of {@link DirectoryQuery}. */
export const DIRECTORY_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: ['ready', 'not-ready'] },
    q: {
      type: 'string',
      maxLength: 100,
      description:
        'Words matched against name, id, description and method names (as prefixes, one typo allowed per five letters); the answer is ordered by relevance: exact name, name prefix, a word of the name, then the rest',
    },
    paymentMethod: codeList(CODE, 'OpenFinTech payment method code, e.g. `payment_card`'),
    payoutMethod: codeList(CODE, 'OpenFinTech payout method code, e.g. `bank_card`'),
    currency: codeList('[A-Za-z]{3}', 'ISO 4217 code'),
    country: codeList('[A-Za-z]{2}', 'ISO 3166-1 alpha-2 code'),
    direction: { enum: ['payment', 'payout'] },
    offset: { type: 'integer', minimum: 0, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
};

/** What the directory list and the overview both start a provider with. */
const PROVIDER_REQUIRED = ['id', 'name', 'status', 'description', 'logoUrl'];

function providerProperties(description: JsonSchema): Record<string, JsonSchema> {
  return {
    id: { type: 'string' },
    name: { type: 'string' },
    status: { enum: ['ready', 'not-ready'] },
    description,
    logoUrl: { type: ['string', 'null'] },
  };
}

/** One provider of the directory list (the light form). */
export const DIRECTORY_ITEM: JsonSchema = {
  type: 'object',
  required: [
    ...PROVIDER_REQUIRED,
    'paymentMethods',
    'paymentMethodCount',
    'payoutMethods',
    'payoutMethodCount',
    'countryCount',
    'currencies',
  ],
  properties: {
    ...providerProperties({ type: 'string', description: 'First sentence, at most 160 characters' }),
    paymentMethods: { type: 'array', items: { type: 'string' }, description: 'The first five codes' },
    paymentMethodCount: { type: 'integer' },
    payoutMethods: { type: 'array', items: { type: 'string' }, description: 'The first five codes' },
    payoutMethodCount: { type: 'integer' },
    countryCount: { type: 'integer' },
    currencies: { type: 'array', items: { type: 'string' } },
  },
};

/** `GET /api/providers`. */
export const DIRECTORY_PAGE: JsonSchema = {
  type: 'object',
  required: ['total', 'offset', 'limit', 'items'],
  properties: {
    total: { type: 'integer', description: 'Matches before paging' },
    offset: { type: 'integer' },
    limit: { type: 'integer' },
    items: { type: 'array', items: DIRECTORY_ITEM },
  },
};

const NAMED: JsonSchema = {
  type: 'object',
  required: ['code', 'name'],
  properties: { code: { type: 'string' }, name: { type: 'string' }, category: { type: 'string' } },
};

const SERVICE: JsonSchema = {
  type: 'object',
  required: ['method', 'methodName', 'currency'],
  properties: {
    method: { type: 'string' },
    methodName: { type: 'string' },
    currency: { type: 'string' },
    flow: { type: 'string' },
    minAmount: { type: 'number' },
    maxAmount: { type: 'number' },
  },
};

/** One credential field's JSON Schema: the keywords the forms read, and any other. */
const CREDENTIAL_FIELD: JsonSchema = {
  type: 'object',
  properties: {
    type: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    title: { type: 'string' },
    description: { type: 'string' },
    pattern: { type: 'string' },
    format: { type: 'string' },
    writeOnly: { type: 'boolean', description: 'A secret: never answered back, masked while typed' },
    examples: { type: 'array' },
    enum: { type: 'array' },
    minLength: { type: 'integer' },
    maxLength: { type: 'integer' },
    default: {},
  },
  additionalProperties: true,
};

/** The connect form: the credential JSON Schema (secrets `writeOnly`) plus react-jsonschema-form hints. */
export const CREDENTIAL_FORM: JsonSchema = {
  type: 'object',
  required: ['version', 'schema', 'uiSchema', 'secretFields'],
  properties: {
    version: { type: 'integer' },
    schema: {
      type: 'object',
      required: ['type', 'properties'],
      properties: {
        type: { const: 'object' },
        required: { type: 'array', items: { type: 'string' } },
        properties: {
          type: 'object',
          description: 'One JSON Schema per credential field',
          additionalProperties: CREDENTIAL_FIELD,
        },
      },
      additionalProperties: true,
      description: 'JSON Schema 2020-12 of an object; secret fields carry `writeOnly: true`',
    },
    uiSchema: {
      type: 'object',
      additionalProperties: true,
      description: 'react-jsonschema-form uiSchema derived from the schema',
    },
    secretFields: { type: 'array', items: { type: 'string' } },
  },
};

/** `GET /api/providers/:id`. */
export const PROVIDER_OVERVIEW: JsonSchema = {
  type: 'object',
  required: [
    ...PROVIDER_REQUIRED,
    'countries',
    'currencies',
    'paymentMethods',
    'payoutMethods',
    'paymentServices',
    'payoutServices',
    'environments',
    'credentialForm',
    'manual',
  ],
  properties: {
    ...providerProperties({ type: 'string' }),
    website: { type: 'string' },
    docsUrl: { type: 'string' },
    openfintechCode: { type: 'string' },
    countries: { type: 'array', items: NAMED },
    currencies: { type: 'array', items: { type: 'string' } },
    paymentMethods: { type: 'array', items: NAMED },
    payoutMethods: { type: 'array', items: NAMED },
    paymentServices: { type: 'array', items: SERVICE },
    payoutServices: { type: 'array', items: SERVICE },
    environments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'label', 'hosts'],
        properties: {
          name: { enum: ['sandbox', 'live'] },
          label: { type: 'string' },
          hosts: { type: 'array', items: { type: 'string' } },
          keyPrefixes: {
            type: 'object',
            description:
              "Prefixes a credential field's value starts with only in this environment, e.g. `secretKey: ['sk_test_']`",
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
    credentialForm: { anyOf: [CREDENTIAL_FORM, { type: 'null' }] },
    manual: { type: ['string', 'null'], description: 'The integration manual, markdown' },
  },
};

const METHOD_WITH_COUNT: JsonSchema = {
  ...NAMED,
  properties: {
    ...(NAMED.properties as object),
    providers: { type: 'integer' },
    source: {
      enum: ['openfintech', 'paycore-overlay'],
      description: 'paycore-overlay: a method OpenFinTech lacks, added by PayCore',
    },
    sourceUrl: { type: 'string', description: "An overlay method's source: the scheme's or operator's page" },
  },
};

/** Query of `GET /api/methods`. */
export interface MethodsQuery {
  offered?: boolean;
}

/** Schema of {@link MethodsQuery}. */
export const METHODS_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    offered: { type: 'boolean', description: 'Only methods some provider of the directory offers' },
  },
};

/** `GET /api/methods`. */
export const METHODS: JsonSchema = {
  type: 'object',
  required: ['paymentMethods', 'payoutMethods'],
  properties: {
    paymentMethods: { type: 'array', items: METHOD_WITH_COUNT },
    payoutMethods: { type: 'array', items: METHOD_WITH_COUNT },
  },
};

/** `GET /api/currencies`. */
export const CURRENCIES: JsonSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'name', 'exponent'],
        properties: {
          code: { type: 'string' },
          name: { type: 'string' },
          exponent: { type: 'integer' },
          providers: { type: 'integer', description: 'Providers of the directory offering it' },
        },
      },
    },
  },
};

/** `GET /api/countries`. */
export const COUNTRIES: JsonSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        ...NAMED,
        properties: {
          ...(NAMED.properties as object),
          providers: { type: 'integer', description: 'Providers of the directory serving it' },
        },
      },
    },
  },
};
