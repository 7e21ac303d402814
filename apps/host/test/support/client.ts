// biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely and assert on them
export type Json = any;

/** An answer as the tests see it. */
export interface TestResponse {
  status: number;
  headers: Headers;
  body: Json;
  text: string;
}

/** Options of one request. */
export interface RequestOptions {
  body?: unknown;
  /** Sent as is (for malformed JSON and other types). */
  raw?: string | Buffer;
  headers?: Record<string, string>;
}

let counter = 0;
/** A unique e-mail address for a test user. */
export function uniqueEmail(prefix = 'merchant'): string {
  counter++;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}@example.com`;
}

/** The password test users sign up with. */
export const PASSWORD = 'correct horse battery staple';

/**
 * A browser-like API client: keeps the session cookie, sends `Origin` with writes (as a
 * browser on the dashboard does), or a bearer API key instead when `bearer` is set.
 */
export class TestClient {
  cookie: string | undefined;
  bearer: string | undefined;
  origin: string | undefined;

  constructor(readonly baseUrl: string) {
    this.origin = baseUrl;
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.cookie && !this.bearer) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (method !== 'GET' && this.origin && !('origin' in headers)) headers.origin = this.origin;
    let body: string | Buffer | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body: body as string }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name === 'paycore_session') this.cookie = value ? `paycore_session=${value}` : undefined;
    }
    const text = await response.text();
    let json: Json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, body: json, text };
  }

  get(path: string, options?: RequestOptions): Promise<TestResponse> {
    return this.request('GET', path, options);
  }

  post(path: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse> {
    return this.request('POST', path, { ...options, ...(body === undefined ? {} : { body }) });
  }

  patch(path: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse> {
    return this.request('PATCH', path, { ...options, ...(body === undefined ? {} : { body }) });
  }

  delete(path: string, options?: RequestOptions): Promise<TestResponse> {
    return this.request('DELETE', path, options);
  }

  /** Signs up a new user; returns its ids. */
  async signup(email = uniqueEmail()): Promise<{ userId: string; orgId: string; email: string }> {
    const res = await this.post('/api/auth/signup', { email, password: PASSWORD });
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
    return { userId: res.body.user.id, orgId: res.body.organisation.id, email };
  }

  /** Creates an API key for the organisation (an admin key unless `role` says) and returns it. */
  async apiKey(orgId: string, role: 'admin' | 'developer' | 'viewer' = 'admin'): Promise<string> {
    const res = await this.post(`/api/orgs/${orgId}/api-keys`, { name: `test ${role}`, role });
    if (res.status !== 201) throw new Error(`api key failed: ${res.status} ${res.text}`);
    return res.body.key;
  }
}
