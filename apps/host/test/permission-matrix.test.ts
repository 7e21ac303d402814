import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, PASSWORD, type TestClient, type TestResponse, uniqueEmail } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { invitationToken, recordingMailer } from './support/recording-mailer.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

// The matrix is written out here on purpose, not read from the code's table: this test is the
// specification the code is held to. Every operation of the OpenAPI document must have a row.
type UserRole = 'owner' | 'admin' | 'developer' | 'viewer';
type KeyRole = 'admin' | 'developer' | 'viewer';

/** Who gets past the route's access check: users by role, keys by role. */
interface Expectation {
  /** `key-only`: an organisation route for API keys alone (a platform's server); `connect`: a connect session's token alone. */
  kind: 'public' | 'session' | 'platform-admin' | 'org' | 'key-only' | 'connect';
  users: readonly UserRole[];
  keys: readonly KeyRole[];
  /** Live connections need more than sandbox ones: the row for each environment. */
  live?: { users: readonly UserRole[]; keys: readonly KeyRole[] };
}

const EVERYONE = ['owner', 'admin', 'developer', 'viewer'] as const;
const BUILDERS = ['owner', 'admin', 'developer'] as const;
const ADMINS = ['owner', 'admin'] as const;
const keysOf = (roles: readonly UserRole[]) => roles.filter((r): r is KeyRole => r !== 'owner');
const org = (users: readonly UserRole[], keys = keysOf(users)): Expectation => ({ kind: 'org', users, keys });
const byEnvironment: Expectation = { ...org(BUILDERS), live: { users: ADMINS, keys: keysOf(ADMINS) } };
const PUBLIC: Expectation = { kind: 'public', users: EVERYONE, keys: keysOf(EVERYONE) };
const SESSION: Expectation = { kind: 'session', users: EVERYONE, keys: [] };
const PLATFORM_ADMIN: Expectation = { kind: 'platform-admin', users: [], keys: [] };
const CONNECT_TOKEN: Expectation = { kind: 'connect', users: [], keys: [] };
const keyOnly = (keys: readonly KeyRole[], live?: readonly KeyRole[]): Expectation => ({
  kind: 'key-only',
  users: [],
  keys,
  ...(live ? { live: { users: [], keys: live } } : {}),
});

const EXPECTED: Record<string, Expectation> = {
  // anyone
  signup: PUBLIC,
  login: PUBLIC,
  health: PUBLIC,
  ready: PUBLIC,
  openapi: PUBLIC,
  listProviders: PUBLIC,
  getProvider: PUBLIC,
  getProviderLogo: PUBLIC,
  listMethods: PUBLIC,
  listCurrencies: PUBLIC,
  listCountries: PUBLIC,
  lookUpInvitation: PUBLIC,
  connectPage: PUBLIC,
  verifyEmail: PUBLIC,
  requestPasswordReset: PUBLIC,
  resetPassword: PUBLIC,
  loginTwoFactor: PUBLIC,
  // a signed-in user, whatever their roles
  logout: SESSION,
  getMe: SESSION,
  switchOrganisation: SESSION,
  listOrganisations: SESSION,
  createOrganisation: SESSION,
  acceptInvitation: SESSION,
  resendVerification: SESSION,
  changeEmail: SESSION,
  changePassword: SESSION,
  getTwoFactor: SESSION,
  setUpTwoFactor: SESSION,
  enableTwoFactor: SESSION,
  disableTwoFactor: SESSION,
  // platform admins only
  connectionRequestSummary: PLATFORM_ADMIN,
  setConnectionRequestStatus: PLATFORM_ADMIN,
  connectorDiagnostics: PLATFORM_ADMIN,
  // the organisation's routes
  getOrganisation: org(EVERYONE),
  updateOrganisation: org(ADMINS),
  listApiKeys: org(BUILDERS),
  createApiKey: org(BUILDERS),
  revokeApiKey: org(BUILDERS),
  listConnections: org(EVERYONE),
  getConnection: org(EVERYONE),
  listConnectionEvents: org(EVERYONE),
  getConnectionServices: org(EVERYONE),
  listOrganisationServices: org(EVERYONE),
  listConnectionRequests: org(EVERYONE),
  checkConnection: byEnvironment,
  createConnection: byEnvironment,
  updateConnection: byEnvironment,
  verifyConnection: byEnvironment,
  switchConnectionServices: byEnvironment,
  deleteConnection: byEnvironment,
  requestConnection: org(BUILDERS),
  withdrawConnectionRequest: org(BUILDERS),
  createWebhook: org(BUILDERS),
  listWebhooks: org(BUILDERS),
  getWebhook: org(BUILDERS),
  updateWebhook: org(BUILDERS),
  deleteWebhook: org(BUILDERS),
  rotateWebhookSecret: org(BUILDERS),
  testWebhook: org(BUILDERS),
  listWebhookDeliveries: org(BUILDERS),
  retryWebhookDelivery: org(BUILDERS),
  listMembers: org(EVERYONE),
  changeMemberRole: org(ADMINS),
  removeMember: org(ADMINS),
  listInvitations: org(ADMINS),
  inviteMember: org(ADMINS),
  revokeInvitation: org(ADMINS),
  listAudit: org(ADMINS),
  transferOwnership: org(['owner'], []),
  getTwoFactorRequirement: org(EVERYONE),
  setTwoFactorRequirement: org(['owner'], []),
  // A platform's server makes connect sessions with a key whose role may make such connections.
  createConnectSession: keyOnly(keysOf(BUILDERS), keysOf(ADMINS)),
  revokeConnectSession: keyOnly(keysOf(BUILDERS)),
  // The hosted connect page's API takes its session's token, nothing else.
  getConnectSession: CONNECT_TOKEN,
  checkConnectCredentials: CONNECT_TOKEN,
  createConnectConnection: CONNECT_TOKEN,
  // Keys cannot leave: only a person is a member.
  leaveOrganisation: org(EVERYONE, []),
};

/** Bodies that pass validation where the access check comes after it (the environment's). */
function bodyFor(operationId: string, environment: 'sandbox' | 'live', orgId: string): unknown {
  switch (operationId) {
    case 'checkConnection':
    case 'createConnection':
      // A malformed key: allowed callers get 422 from the form, no provider is called.
      return { providerId: 'stripe', environment, credentials: { secretKey: 'not-a-key' } };
    case 'updateConnection':
      return { label: 'renamed' };
    case 'switchConnectionServices':
      return { items: [{ direction: 'payment', method: 'payment_card', currency: 'USD', enabled: false }] };
    case 'createApiKey':
      return { name: 'matrix', role: 'viewer' };
    case 'switchOrganisation':
      return { currentOrgId: orgId };
    case 'transferOwnership':
      return { userId: 'usr_nobody' };
    case 'createConnectSession':
      return { endUser: { id: 'matrix-user' }, environments: [environment] };
    case 'lookUpInvitation':
    case 'acceptInvitation':
      return { token: 'x'.repeat(43) };
    default:
      // Elsewhere the access check comes first: an empty body is 422 for those allowed.
      return {};
  }
}

interface Caller {
  name: string;
  kind: 'user' | 'key';
  role: UserRole;
  client: TestClient;
  email?: string;
}

describe.each(ENGINES)('the permission matrix over every route of the OpenAPI document on %s', (engine) => {
  let test: TestHost;
  let stripe: StripeSimulator;
  let orgId: string;
  let callers: Caller[];
  const connections: Record<'sandbox' | 'live', string> = { sandbox: '', live: '' };
  const LIVE_KEY = GOOD_TEST_KEY.replace('sk_test_', 'sk_live_');

  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY, LIVE_KEY]);
    const mailer = recordingMailer();
    test = await startTestHost({ engine, mailer, egressOverrides: stripe.overrides });
    const owner = test.client();
    const ownerEmail = uniqueEmail('owner');
    ({ orgId } = await owner.signup(ownerEmail));
    for (const [environment, secretKey] of [
      ['sandbox', GOOD_TEST_KEY],
      ['live', LIVE_KEY],
    ] as const) {
      const made = await owner.post(`/api/orgs/${orgId}/connections`, {
        providerId: 'stripe',
        environment,
        credentials: { secretKey },
      });
      expect(made.status).toBe(201);
      connections[environment] = made.body.id;
    }
    const members: Caller[] = [];
    for (const role of ['admin', 'developer', 'viewer'] as const) {
      const email = uniqueEmail(role);
      expect((await owner.post(`/api/orgs/${orgId}/invitations`, { email, role })).status).toBe(201);
      const client = test.client();
      await client.signup(email);
      const accepted = await client.post('/api/invitations/accept', {
        token: invitationToken(await mailer.lastInvitationTo(email)),
      });
      expect(accepted.status).toBe(200);
      members.push({ name: `${role} member`, kind: 'user', role, client, email });
    }
    const keys: Caller[] = [];
    for (const role of ['admin', 'developer', 'viewer'] as const) {
      const client = test.client();
      client.bearer = await owner.apiKey(orgId, role);
      client.origin = undefined;
      keys.push({ name: `${role} key`, kind: 'key', role, client });
    }
    // Weakest first: a route that removes something (a connection, a membership) is refused to
    // the weaker callers while it still exists.
    const strength: Record<UserRole, number> = { viewer: 0, developer: 1, admin: 2, owner: 3 };
    const ownerCaller: Caller = {
      name: 'owner',
      kind: 'user',
      role: 'owner',
      client: owner,
      email: ownerEmail,
    };
    callers = [...keys, ...members, ownerCaller].sort(
      (a, b) => strength[a.role] - strength[b.role] || (a.kind === 'key' ? -1 : 1),
    );
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  it('answers each role and each key role on each route as the table says: allowed, or 403 forbidden', async () => {
    const doc = (await test.client().get('/api/openapi.json')).body as Json;
    const operations: { method: string; path: string; operationId: string }[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>))
      for (const [method, op] of Object.entries(item as Record<string, Json>))
        operations.push({ method: method.toUpperCase(), path, operationId: op.operationId });
    expect(operations.filter((op) => !(op.operationId in EXPECTED)).map((op) => op.operationId)).toEqual([]);
    expect(Object.keys(EXPECTED).filter((id) => !operations.some((op) => op.operationId === id))).toEqual([]);
    // Deleting a connection and leaving change what the other rows need: they go last.
    const last = ['deleteConnection', 'leaveOrganisation'];
    operations.sort((a, b) => last.indexOf(a.operationId) - last.indexOf(b.operationId));

    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const expectation = EXPECTED[op.operationId]!;
      const environments = expectation.live ? (['sandbox', 'live'] as const) : (['sandbox'] as const);
      for (const environment of environments) {
        const allowed = environment === 'live' && expectation.live ? expectation.live : expectation;
        const path = op.path
          .replace('{orgId}', orgId)
          .replace('{connectionId}', connections[environment])
          .replace('{providerId}', 'stripe')
          .replace(/\{(\w+)\}/g, (_, name: string) => `${name.replace(/Id$/, '')}_nobody`);
        for (const caller of callers) {
          let client = caller.client;
          if (op.operationId === 'logout' && caller.kind === 'user') {
            // A session of its own, so signing out ends nothing the rest of the test uses.
            client = test.client();
            await client.post('/api/auth/login', { email: caller.email, password: PASSWORD });
          }
          const body =
            op.method === 'GET' || op.method === 'DELETE'
              ? undefined
              : bodyFor(op.operationId, environment, orgId);
          const res: TestResponse = await client.request(op.method, path, body === undefined ? {} : { body });
          checked++;
          const where = `${op.method} ${op.path} (${op.operationId}${expectation.live ? `, ${environment}` : ''}) as ${caller.name}: ${res.status} ${res.text.slice(0, 160)}`;
          const may =
            caller.kind === 'user'
              ? allowed.users.includes(caller.role)
              : allowed.keys.includes(caller.role as KeyRole);
          // The hosted connect page is the dashboard's build, which the host's tests need not have.
          const unbuiltPage = op.operationId === 'connectPage' && res.body?.error?.code === 'not_ready';
          if (may) {
            if (res.status === 403 || res.status === 401 || (res.status >= 500 && !unbuiltPage))
              wrong.push(`expected allowed: ${where}`);
          } else if (
            expectation.kind === 'connect' ||
            (expectation.kind === 'key-only' && caller.kind === 'user')
          ) {
            // Not a way in for this caller at all: no session token, or a cookie where a key is needed.
            if (res.status !== 401) wrong.push(`expected 401: ${where}`);
          } else if (
            caller.kind === 'key' &&
            expectation.kind !== 'org' &&
            expectation.kind !== 'key-only' &&
            expectation.kind !== 'public'
          ) {
            // Keys reach organisation routes only; elsewhere they are not a way to sign in.
            if (res.status !== 401) wrong.push(`expected 401 for a key: ${where}`);
          } else if (res.status !== 403 || res.body?.error?.code !== 'forbidden') {
            wrong.push(`expected 403 forbidden: ${where}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(operations.length * callers.length);
  });
});
