import type { VerifyContext } from '@paycore/core';
import type { CashfreeCredentials } from './credentials.js';

/**
 * The API version every request names in `x-api-version`. 2026-01-01 is the version the official
 * SDKs send by default since May 2026 (github.com/cashfree/cashfree-pg, `configuration.go`); the
 * order and eligibility calls and their error bodies are the same as in 2025-01-01.
 */
export const API_VERSION = '2026-01-01';

/** Cashfree's error envelope (`AuthenticationError`, `ApiError404`, `RateLimitError`, …). */
export interface CashfreeError {
  message?: string;
  code?: string;
  type?: string;
}

/** The headers of Cashfree's standard merchant authentication, plus the API version. */
export function cashfreeHeaders(credentials: CashfreeCredentials): Record<string, string> {
  return {
    'x-client-id': credentials.appId,
    'x-client-secret': credentials.secretKey,
    'x-api-version': API_VERSION,
    accept: 'application/json',
  };
}

/** Sends one request to the Payment Gateway API under `ctx.baseUrl` (which ends in `/pg`). */
export function request(
  ctx: VerifyContext,
  credentials: CashfreeCredentials,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = { ...cashfreeHeaders(credentials), ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return ctx.fetch(`${ctx.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: ctx.signal,
  });
}
