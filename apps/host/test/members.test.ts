import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/db/migrations.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { openSqlite } from '../src/db/sqlite.js';
import { PASSWORD, type TestClient, uniqueEmail } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL, testDatabase } from './support/databases.js';
import { invitationToken, type RecordingMailer, recordingMailer } from './support/recording-mailer.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

describe.each(ENGINES)('members, roles and invitations on %s', (engine) => {
  let test: TestHost;
  let mailer: RecordingMailer;
  let owner: TestClient;
  let orgId: string;

  beforeAll(async () => {
    mailer = recordingMailer();
    test = await startTestHost({ engine, mailer });
    owner = test.client();
    ({ orgId } = await owner.signup());
  });
  afterAll(() => test?.close());

  /** Invites `email` with `role`, then signs them up (or in) and accepts through the mailed link. */
  async function join(
    role: string,
    email = uniqueEmail(role),
  ): Promise<{ client: TestClient; userId: string }> {
    const invited = await owner.post(`/api/orgs/${orgId}/invitations`, { email, role });
    expect(invited.status).toBe(201);
    const token = invitationToken(await mailer.lastInvitationTo(email));
    const client = test.client();
    const { userId } = await client.signup(email);
    const accepted = await client.post('/api/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: orgId, role });
    return { client, userId };
  }

  it('makes the creator the owner and lists the members', async () => {
    const me = await owner.get('/api/me');
    expect(me.body.organisations).toEqual([expect.objectContaining({ id: orgId, role: 'owner' })]);
    const members = await owner.get(`/api/orgs/${orgId}/members`);
    expect(members.body.items).toEqual([
      expect.objectContaining({ role: 'owner', email: me.body.user.email }),
    ]);
  });

  it('invites by e-mail with a link that stores only a hash, shows what it is for, and works once', async () => {
    const email = uniqueEmail('dev');
    const invited = await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'developer' });
    expect(invited.status).toBe(201);
    const message = await mailer.lastInvitationTo(email);
    expect(message.subject).toContain('invited');
    const token = invitationToken(message);
    expect(invited.text).not.toContain(token);
    const stored = await test.host.deps.db.all<{ token_hash: string }>('SELECT token_hash FROM invitations');
    expect(JSON.stringify(stored)).not.toContain(token);

    const stranger = test.client();
    const preview = await stranger.post('/api/invitations/lookup', { token });
    expect(preview.body).toMatchObject({ email, role: 'developer', state: 'pending' });
    expect((await owner.get(`/api/orgs/${orgId}/invitations`)).body.items).toEqual([
      expect.objectContaining({ email, role: 'developer' }),
    ]);

    // Someone signed in with another address cannot use it.
    await stranger.signup();
    const wrong = await stranger.post('/api/invitations/accept', { token });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('forbidden');

    // Sign-up through the link: a new account with the invited address, then accept.
    const invitee = test.client();
    await invitee.signup(email);
    const accepted = await invitee.post('/api/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: orgId, role: 'developer' });
    expect((await invitee.get('/api/me')).body.currentOrgId).toBe(orgId);
    const again = await invitee.post('/api/invitations/accept', { token });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invitation_expired');
    expect((await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' })).status).toBe(409);
  });

  it('an existing user signs in and accepts; an expired or revoked link does not work', async () => {
    const email = uniqueEmail('existing');
    const existing = test.client();
    await existing.signup(email);
    await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' });
    const first = invitationToken(await mailer.lastInvitationTo(email));
    const invited = await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' });
    // A second invitation replaces the first.
    expect((await existing.post('/api/invitations/accept', { token: first })).status).toBe(410);
    expect((await owner.delete(`/api/orgs/${orgId}/invitations/${invited.body.id}`)).status).toBe(204);
    const revoked = invitationToken(await mailer.lastInvitationTo(email));
    expect((await existing.post('/api/invitations/accept', { token: revoked })).status).toBe(410);

    await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' });
    const expiring = invitationToken(await mailer.lastInvitationTo(email));
    await test.host.deps.db.run(
      "UPDATE invitations SET expires_at = '2000-01-01T00:00:00.000Z' WHERE email = ? AND accepted_at IS NULL AND revoked_at IS NULL",
      [email],
    );
    const expired = await existing.post('/api/invitations/accept', { token: expiring });
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toContain('expired');

    await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' });
    const fresh = invitationToken(await mailer.lastInvitationTo(email));
    const signedIn = test.client();
    expect((await signedIn.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    expect((await signedIn.post('/api/invitations/accept', { token: fresh })).status).toBe(200);
  });

  it('changes roles and removes members, only up to the caller’s own role, never the owner', async () => {
    const admin = await join('admin');
    const dev = await join('developer');
    const viewer = await join('viewer');

    // An admin cannot invite or promote anyone to owner, nor touch the owner.
    expect(
      (await admin.client.post(`/api/orgs/${orgId}/invitations`, { email: uniqueEmail(), role: 'owner' }))
        .status,
    ).toBe(422);
    const ownerId = (await owner.get('/api/me')).body.user.id;
    const demote = await admin.client.patch(`/api/orgs/${orgId}/members/${ownerId}`, { role: 'viewer' });
    expect(demote.status).toBe(409);
    expect((await admin.client.delete(`/api/orgs/${orgId}/members/${ownerId}`)).status).toBe(409);

    // A developer has no `members` permission; a viewer neither.
    const devTries = await dev.client.patch(`/api/orgs/${orgId}/members/${viewer.userId}`, {
      role: 'developer',
    });
    expect(devTries.status).toBe(403);
    expect(devTries.body.error.code).toBe('forbidden');

    const promoted = await admin.client.patch(`/api/orgs/${orgId}/members/${viewer.userId}`, {
      role: 'developer',
    });
    expect(promoted.body).toMatchObject({ userId: viewer.userId, role: 'developer' });
    expect((await admin.client.delete(`/api/orgs/${orgId}/members/${dev.userId}`)).status).toBe(204);
    expect((await dev.client.get(`/api/orgs/${orgId}/connections`)).status).toBe(404);
  });

  it('lets members leave, but not the owner, who transfers ownership first', async () => {
    const leaver = await join('viewer');
    expect((await leaver.client.post(`/api/orgs/${orgId}/leave`)).status).toBe(204);
    expect((await leaver.client.get(`/api/orgs/${orgId}`)).status).toBe(404);

    const ownerLeaves = await owner.post(`/api/orgs/${orgId}/leave`);
    expect(ownerLeaves.status).toBe(409);
    expect(ownerLeaves.body.error.message).toContain('transfer ownership');

    const heir = await join('admin');
    expect(
      (await heir.client.post(`/api/orgs/${orgId}/transfer-ownership`, { userId: heir.userId })).status,
    ).toBe(403);
    const moved = await owner.post(`/api/orgs/${orgId}/transfer-ownership`, { userId: heir.userId });
    expect(moved.status).toBe(200);
    const roles = moved.body.items.filter((m: { role: string }) => m.role === 'owner');
    expect(roles).toEqual([expect.objectContaining({ userId: heir.userId })]);
    // Exactly one owner, held by the database too.
    const owners = await test.host.deps.db.all(
      'SELECT user_id FROM memberships WHERE org_id = ? AND role = ?',
      [orgId, 'owner'],
    );
    expect(owners).toHaveLength(1);
    await expect(
      test.host.deps.db.run("UPDATE memberships SET role = 'owner' WHERE org_id = ?", [orgId]),
    ).rejects.toThrow();
    // The old owner is an admin now, and can leave; the new one gives it back.
    const back = await heir.client.post(`/api/orgs/${orgId}/transfer-ownership`, {
      userId: (await owner.get('/api/me')).body.user.id,
    });
    expect(back.status).toBe(200);
  });

  it('gives API keys a role; a key cannot create a key stronger than its own, a viewer key only reads', async () => {
    const devKey = test.client();
    devKey.bearer = await owner.apiKey(orgId, 'developer');
    devKey.origin = undefined;
    const stronger = await devKey.post(`/api/orgs/${orgId}/api-keys`, { name: 'escalate', role: 'admin' });
    expect(stronger.status).toBe(403);
    expect(stronger.body.error.code).toBe('forbidden');
    const same = await devKey.post(`/api/orgs/${orgId}/api-keys`, { name: 'peer', role: 'viewer' });
    expect(same.status).toBe(201);
    const readOnly = test.client();
    readOnly.bearer = same.body.key;
    readOnly.origin = undefined;
    expect((await readOnly.get(`/api/orgs/${orgId}/connections`)).status).toBe(200);
    expect((await readOnly.post(`/api/orgs/${orgId}/api-keys`, { name: 'x', role: 'viewer' })).status).toBe(
      403,
    );
    expect((await readOnly.patch(`/api/orgs/${orgId}`, { name: 'nope' })).status).toBe(403);
    const dev = await join('developer');
    expect((await dev.client.post(`/api/orgs/${orgId}/api-keys`, { name: 'x', role: 'admin' })).status).toBe(
      403,
    );
  });
});

describe.each(ENGINES)('the roles migration on %s', (engine) => {
  it('makes organisation creators owners, other members admins, and existing keys admin keys', async () => {
    const database = await testDatabase(engine);
    const { config } = database;
    const db = config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url);
    try {
      await migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 4),
      );
      const now = new Date().toISOString();
      for (const id of ['usr_a', 'usr_b'])
        await db.run('INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)', [
          id,
          `${id}@example.com`,
          'x',
          now,
        ]);
      await db.run(
        "INSERT INTO organisations (id, name, default_currency, enabled_currencies, created_by, created_at, updated_at) VALUES ('org_a', 'A', 'USD', '[\"USD\"]', 'usr_a', ?, ?)",
        [now, now],
      );
      await db.run(
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ('org_a', 'usr_a', 'member', ?)",
        [now],
      );
      await db.run(
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ('org_a', 'usr_b', 'member', ?)",
        [now],
      );
      await db.run(
        "INSERT INTO api_keys (id, org_id, name, key_hash, hint, created_by, created_at) VALUES ('key_a', 'org_a', 'old', 'h', 'x', 'usr_a', ?)",
        [now],
      );
      await migrate(db);
      const roles = await db.all('SELECT user_id, role FROM memberships ORDER BY user_id');
      expect(roles).toEqual([
        { user_id: 'usr_a', role: 'owner' },
        { user_id: 'usr_b', role: 'admin' },
      ]);
      expect(await db.get('SELECT role FROM api_keys')).toEqual({ role: 'admin' });
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
