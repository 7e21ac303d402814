import { validateDiscoverResultSchema } from './generated/validate-discover-result.js';
import { validateVerifyResultSchema } from './generated/validate-verify-result.js';
import type { DiscoverResult, VerifyResult } from './types.js';

/**
 * Whether a value has the shape of a verify result (schema/verify-result.schema.json). The schema
 * is precompiled by `pnpm codegen`, so nothing is compiled at run time.
 */
export function isVerifyResultShape(value: unknown): value is VerifyResult {
  return validateVerifyResultSchema(value);
}

/** Whether a value has the shape of a discover result (schema/discover-result.schema.json), precompiled likewise. */
export function isDiscoverResultShape(value: unknown): value is DiscoverResult {
  return validateDiscoverResultSchema(value);
}
