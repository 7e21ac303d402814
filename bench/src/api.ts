/** A tiny client for the host's JSON API that keeps the session cookie like a browser. */
export class HostClient {
  private cookie = '';

  constructor(readonly origin: string) {}

  /** Sends a JSON request with the session cookie and a same-origin `Origin`; throws on non-2xx. */
  async json<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(this.origin + path, {
      method,
      headers: {
        origin: this.origin,
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * Signs up a fresh user (which creates their organisation) and creates an organisation API key,
   * reading the host's documented answers (`SIGNUP_RESULT`, `NEW_API_KEY`).
   */
  async merchant(): Promise<{ orgId: string; apiKey: string }> {
    const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    const signedUp = await this.json<{ organisation: { id: string } }>('POST', '/api/auth/signup', {
      email,
      password: 'bench-password-123456',
      organisationName: 'Bench Org',
    });
    const orgId = signedUp.organisation.id;
    const created = await this.json<{ key: string }>('POST', `/api/orgs/${orgId}/api-keys`, {
      name: 'bench',
    });
    return { orgId, apiKey: created.key };
  }
}
