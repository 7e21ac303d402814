import i18next from 'i18next';

/** One field the host found fault with; `path` is a JSON pointer into the request body. */
export interface FieldError {
  path: string;
  message: string;
}

/** The host's one error shape, thrown by every API call that does not succeed. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly retryable: boolean;
  /** The whole `error` object, for the few answers that carry more (a verify failure's reason). */
  readonly details: Record<string, unknown>;
  /**
   * The message is the host's own (English, like the connectors' words), not the dashboard's
   * translated text for an answer that had none; shown with `lang="en"`.
   */
  get fromHost(): boolean {
    return typeof this.details.message === 'string' && this.details.message === this.message;
  }

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.fields = Array.isArray(details.fields) ? (details.fields as FieldError[]) : [];
    this.retryable = details.retryable === true;
  }
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Calls `listener` whenever the host answers 401, so an expired session sends the person back to
 * the log-in page from wherever they are. Returns the unsubscribe function.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/**
 * The {@link ApiError} for a non-2xx answer and its parsed body; a 401 outside `/api/auth/` also
 * tells the {@link onUnauthorized} listeners.
 */
export function apiErrorFrom(status: number, parsed: unknown, path: string): ApiError {
  if (status === 401 && !path.startsWith('/api/auth/')) {
    for (const listener of unauthorizedListeners) listener();
  }
  return apiErrorOf(status, parsed);
}

/** The {@link ApiError} for a non-2xx answer and its parsed body: the host's code and words, else ours. */
export function apiErrorOf(status: number, parsed: unknown): ApiError {
  const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
  const code = typeof error.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error.message === 'string' ? error.message : fallbackMessage(status);
  return new ApiError(status, code, message, error);
}

/** Anything caught around a call, as an {@link ApiError} (`unexpected` when it is not one). */
export function asApiError(cause: unknown): ApiError {
  return cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause));
}

/** The error a request that never got an answer is reported with. */
export function networkError(): ApiError {
  return new ApiError(0, 'network_error', i18next.t('apiErrors.network'), {
    retryable: true,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fallbackMessage(status: number): string {
  if (status === 404) return i18next.t('apiErrors.notFound');
  if (status >= 500) return i18next.t('apiErrors.server');
  return i18next.t('apiErrors.status', { status });
}
