import { readFileSync } from 'node:fs';

// Square's documented answers. Source: Square's OpenAPI document (github.com/square/connect-api-specification,
// api.json, commit 5733f6624e9a5b930a8426f0e02a6bf7e35c6c0f, Square-Version 2025-08-20), trimmed in
// fixtures/square.openapi.json, unless a comment says otherwise.

// Square access tokens are opaque; current ones start with EAAA (64 characters).
export const TOKEN = 'EAAAEOuLQObrVwJvCvoio3H13b8Ssqz1ighmTBKZvIENW9qxirHGHkqsGcPBC1uN';

/** Square's error envelope; codes from the document's x-square-generic-error-codes. */
export const squareError = (category: string, code: string, detail: string) => ({
  errors: [{ category, code, detail }],
});

// The 401 body as Square sends it (quoted in public reports of the Node SDK).
export const UNAUTHORIZED = squareError(
  'AUTHENTICATION_ERROR',
  'UNAUTHORIZED',
  'The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format "Bearer TOKEN" (without quotation marks), where TOKEN is a valid access token (e.g. "Bearer ABC123def456GHI789jkl0"). For more information, see https://developer.squareup.com/docs/build-basics/using-rest-api#__set-the-headers__ .',
);

// For the other codes only the code is documented; the detail texts are illustrative and the
// connector classifies on status and code alone.
export const INSUFFICIENT_SCOPES = squareError(
  'AUTHENTICATION_ERROR',
  'INSUFFICIENT_SCOPES',
  'The merchant has not given your application sufficient permissions to do that.',
);

interface Location {
  capabilities?: string[];
  country?: string;
  currency?: string;
  status?: string;
  [field: string]: unknown;
}

const SPEC = JSON.parse(readFileSync(new URL('./fixtures/square.openapi.json', import.meta.url), 'utf8')) as {
  components: { schemas: { ListLocationsResponse: { example: { locations: Location[] } } } };
};

/** `ListLocationsResponse.example`: two active US locations that take cards. */
export const LOCATIONS = SPEC.components.schemas.ListLocationsResponse.example;
