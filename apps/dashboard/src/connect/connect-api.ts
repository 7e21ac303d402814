import { type ApiError, apiErrorOf, networkError } from '../api/client';
import type { Environment, ProviderSummary, VerifyResult } from '../api/types';

/** What a brand may set: the organisation's name, logo, colour and theme on its connect page. */
export interface Brand {
  name?: string;
  logo?: string;
  primaryColor?: string;
  theme?: 'light' | 'dark';
}

/** The platform's end user this session belongs to. */
export interface EndUser {
  id: string;
  email?: string;
  displayName?: string;
}

/** `GET /api/connect/session`. */
export interface ConnectSessionView {
  id: string;
  expiresAt: string;
  endUser: EndUser;
  organisation: { name: string; brand: Brand | null };
  providers: ProviderSummary[];
  environments: Environment[];
  reconnect: {
    connectionId: string;
    providerId: string;
    providerName: string;
    environment: Environment;
    label: string | null;
  } | null;
  returnUrl: string | null;
  allowedOrigins: string[];
}

/** What a check or connect sends. */
export interface ConnectSessionInput {
  providerId: string;
  environment: Environment;
  credentials: Record<string, unknown>;
  label?: string;
}

/** `POST /api/connect/connections`. */
export interface ConnectSessionResult {
  connection: { id: string; providerId: string; providerName: string; environment: Environment };
  returnUrl: string | null;
}

/**
 * The connect page's calls: the session token as a bearer and never a cookie (`credentials:
 * 'omit'`), so the page acts for the session only, whoever is signed in to the dashboard.
 * `onUnauthorized` hears of a session that expired or was revoked while the page was open.
 */
export function connectApi(token: string, onUnauthorized: (error: ApiError) => void = () => {}) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw networkError();
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.ok) return parsed as T;
    const failure = apiErrorOf(response.status, parsed);
    if (response.status === 401) onUnauthorized(failure);
    throw failure;
  };
  return {
    session: () => call<ConnectSessionView>('GET', '/api/connect/session'),
    check: (input: Omit<ConnectSessionInput, 'label'>) =>
      call<VerifyResult>('POST', '/api/connect/check', input),
    connect: (input: ConnectSessionInput) =>
      call<ConnectSessionResult>('POST', '/api/connect/connections', input),
  };
}

/** The connect page's calls, as {@link connectApi} makes them. */
export type ConnectApi = ReturnType<typeof connectApi>;
