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

  /** Signs up a fresh user and returns its organisation id and a new organisation API key. */
  async merchant(): Promise<{ orgId: string; apiKey: string }> {
    const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    await this.json('POST', '/api/auth/signup', {
      email,
      password: 'bench-password-123456',
      organisationName: 'Bench Org',
    });
    const orgs = await this.json<unknown>('GET', '/api/orgs');
    const list = (
      Array.isArray(orgs)
        ? orgs
        : ((orgs as { items?: unknown[]; organisations?: unknown[] }).items ??
          (orgs as { organisations?: unknown[] }).organisations)
    ) as { id: string }[];
    const orgId = list[0]!.id;
    const created = await this.json<Record<string, unknown>>('POST', `/api/orgs/${orgId}/api-keys`, {
      name: 'bench',
    });
    const apiKey = (created.key ?? created.secret ?? created.token) as string;
    return { orgId, apiKey };
  }
}
