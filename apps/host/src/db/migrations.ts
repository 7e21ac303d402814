import type { Dialect } from './database.js';

/** One schema change; statements use only SQL both engines accept. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
  /** Statements run after `statements` on one engine only (triggers, whose syntax differs). */
  dialect?: Partial<Record<Dialect, readonly string[]>>;
}

const APPEND_ONLY = 'audit_log is append-only: its rows cannot be changed or deleted';

// Timestamps are ISO 8601 text (sortable and identical on both engines); JSON is stored as text.
/** Every migration, oldest first. Never edit a released one: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, organisations, connections',
    statements: [
      `CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        default_currency TEXT NOT NULL,
        enabled_currencies TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE memberships (
        org_id TEXT NOT NULL REFERENCES organisations(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (org_id, user_id)
      )`,
      'CREATE INDEX memberships_user ON memberships (user_id)',
      `CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        current_org_id TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
      'CREATE INDEX sessions_user ON sessions (user_id)',
      `CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        name TEXT NOT NULL,
        key_hash TEXT NOT NULL UNIQUE,
        hint TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      )`,
      'CREATE INDEX api_keys_org ON api_keys (org_id)',
      `CREATE TABLE connections (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        provider_id TEXT NOT NULL,
        environment TEXT NOT NULL,
        label TEXT,
        public_fields TEXT NOT NULL,
        secret_hints TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        account TEXT,
        last_verified_at TEXT,
        last_result TEXT,
        created_by_type TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by_type TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      'CREATE INDEX connections_org ON connections (org_id, created_at)',
      `CREATE TABLE connection_credentials (
        connection_id TEXT PRIMARY KEY REFERENCES connections(id),
        key_id TEXT NOT NULL,
        envelope TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE connection_events (
        id TEXT PRIMARY KEY,
        connection_id TEXT NOT NULL REFERENCES connections(id),
        org_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        ok INTEGER,
        reason TEXT,
        message TEXT,
        actor_type TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
      'CREATE INDEX connection_events_connection ON connection_events (connection_id, seq)',
      `CREATE TABLE connection_requests (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        provider_id TEXT,
        name TEXT,
        website TEXT,
        message TEXT,
        created_by_type TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      'CREATE INDEX connection_requests_org ON connection_requests (org_id, created_at)',
      `CREATE TABLE login_attempts (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_failure_at TEXT NOT NULL,
        blocked_until TEXT
      )`,
    ],
  },
  {
    version: 2,
    name: 'connection health, outbox, webhook endpoints and deliveries',
    statements: [
      // `next_check_at` is the schedule; `check_job` claims a connection for one queued check
      // (see jobs/sweeps.ts), so a connection is never checked twice at once.
      "ALTER TABLE connections ADD COLUMN health TEXT NOT NULL DEFAULT 'healthy'",
      'ALTER TABLE connections ADD COLUMN last_success_at TEXT',
      'ALTER TABLE connections ADD COLUMN next_check_at TEXT',
      'ALTER TABLE connections ADD COLUMN check_failures INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE connections ADD COLUMN check_job TEXT',
      'ALTER TABLE connections ADD COLUMN check_claimed_at TEXT',
      // Connections stored before checks existed are checked once soon after the upgrade.
      'UPDATE connections SET next_check_at = created_at, last_success_at = last_verified_at WHERE deleted_at IS NULL',
      'CREATE INDEX connections_due ON connections (next_check_at) WHERE deleted_at IS NULL',
      'ALTER TABLE organisations ADD COLUMN check_interval TEXT',
      `CREATE TABLE outbox_events (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        type TEXT NOT NULL,
        ordering_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        fanned_out_at TEXT
      )`,
      'CREATE UNIQUE INDEX outbox_events_order ON outbox_events (ordering_key, seq)',
      'CREATE INDEX outbox_events_pending ON outbox_events (created_at) WHERE fanned_out_at IS NULL',
      `CREATE TABLE webhook_endpoints (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        description TEXT,
        secret TEXT NOT NULL,
        previous_secret TEXT,
        previous_secret_until TEXT,
        enabled INTEGER NOT NULL,
        disabled_reason TEXT,
        failing_since TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX webhook_endpoints_org ON webhook_endpoints (org_id)',
      `CREATE TABLE webhook_deliveries (
        id TEXT PRIMARY KEY,
        endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES outbox_events(id),
        ordering_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        first_attempt_at TEXT,
        job TEXT,
        claimed_at TEXT,
        created_at TEXT NOT NULL,
        completed_at TEXT
      )`,
      'CREATE UNIQUE INDEX webhook_deliveries_event ON webhook_deliveries (endpoint_id, event_id)',
      "CREATE INDEX webhook_deliveries_order ON webhook_deliveries (endpoint_id, ordering_key, seq) WHERE state = 'pending'",
      "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'",
      'CREATE INDEX webhook_deliveries_list ON webhook_deliveries (endpoint_id, created_at)',
      `CREATE TABLE webhook_attempts (
        delivery_id TEXT NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL,
        at TEXT NOT NULL,
        status_code INTEGER,
        latency_ms INTEGER NOT NULL,
        error TEXT,
        response_excerpt TEXT,
        PRIMARY KEY (delivery_id, attempt)
      )`,
    ],
  },
  {
    version: 3,
    name: "a connection's services (what the account has enabled, and the merchant's switches)",
    statements: ['ALTER TABLE connections ADD COLUMN services TEXT'],
  },
  {
    version: 4,
    name: 'the account id of a connection, so connecting the same account again is found by index',
    statements: [
      'ALTER TABLE connections ADD COLUMN account_id TEXT',
      'CREATE INDEX connections_account ON connections (org_id, provider_id, environment, account_id) WHERE deleted_at IS NULL',
    ],
  },
  {
    version: 5,
    name: 'rate limits in the database (rate-limiter-flexible), verified e-mail, granted admins, e-mail links',
    statements: [
      // The layout rate-limiter-flexible's SQLite and PostgreSQL stores read and write (key, points, expire in ms).
      `CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,
        points INTEGER NOT NULL DEFAULT 0,
        expire BIGINT
      )`,
      'DROP TABLE login_attempts',
      'ALTER TABLE users ADD COLUMN email_verified_at TEXT',
      'ALTER TABLE users ADD COLUMN admin_granted_at TEXT',
      `CREATE TABLE email_links (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        purpose TEXT NOT NULL,
        email TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      )`,
      'CREATE INDEX email_links_user ON email_links (user_id, purpose)',
    ],
  },
  {
    version: 6,
    name: 'two-factor sign-in (TOTP, recovery codes, pending sign-ins) and the organisation setting that requires it',
    statements: [
      // Sealed like credentials; set while being enabled, and kept once enabled.
      'ALTER TABLE users ADD COLUMN totp_secret TEXT',
      'ALTER TABLE users ADD COLUMN totp_enabled_at TEXT',
      // The last time step a code was accepted for: an accepted code is not accepted again.
      'ALTER TABLE users ADD COLUMN totp_last_step BIGINT',
      `CREATE TABLE recovery_codes (
        user_id TEXT NOT NULL REFERENCES users(id),
        code_hash TEXT NOT NULL,
        used_at TEXT,
        PRIMARY KEY (user_id, code_hash)
      )`,
      `CREATE TABLE login_challenges (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
      'ALTER TABLE organisations ADD COLUMN require_two_factor INTEGER NOT NULL DEFAULT 0',
    ],
  },
  {
    version: 7,
    name: 'roles of members and API keys, invitations',
    statements: [
      // Keys made before roles could do everything; admin is the strongest role a key can carry.
      "ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'admin'",
      `UPDATE memberships SET role = 'owner'
        WHERE user_id = (SELECT created_by FROM organisations o WHERE o.id = memberships.org_id)`,
      "UPDATE memberships SET role = 'admin' WHERE role NOT IN ('owner', 'admin', 'developer', 'viewer')",
      // Exactly one owner: a second one cannot be written, whatever the code does.
      "CREATE UNIQUE INDEX memberships_one_owner ON memberships (org_id) WHERE role = 'owner'",
      `CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        email TEXT NOT NULL,
        role TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        invited_by_type TEXT NOT NULL,
        invited_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by TEXT,
        revoked_at TEXT
      )`,
      'CREATE INDEX invitations_org ON invitations (org_id, created_at)',
    ],
  },
  {
    version: 8,
    name: 'the audit log (append-only)',
    statements: [
      `CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_type TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_label TEXT,
        target_type TEXT,
        target_id TEXT,
        details TEXT NOT NULL,
        ip TEXT,
        user_agent TEXT
      )`,
      'CREATE INDEX audit_log_org ON audit_log (org_id, at, id)',
      'CREATE INDEX audit_log_actor ON audit_log (org_id, actor_id, at)',
      'CREATE INDEX audit_log_target ON audit_log (org_id, target_id, at)',
    ],
    dialect: {
      sqlite: [
        `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
        `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      ],
      postgres: [
        `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION '${APPEND_ONLY}'; END $$`,
        `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
        `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
      ],
    },
  },
  {
    version: 9,
    name: "connect sessions (a platform's end user connects a provider with a short-lived token); the end user of a connection",
    statements: [
      // The token is never stored, only its hash; `spending_at` holds the session while a
      // connection is being made with it, so two tabs cannot spend it twice.
      `CREATE TABLE connect_sessions (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        token_hash TEXT NOT NULL UNIQUE,
        end_user_id TEXT NOT NULL,
        end_user TEXT NOT NULL,
        allowed_providers TEXT,
        environments TEXT,
        reconnect_connection_id TEXT,
        return_url TEXT,
        allowed_origins TEXT NOT NULL,
        created_by_type TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        spending_at TEXT,
        spent_at TEXT,
        connection_id TEXT
      )`,
      'CREATE INDEX connect_sessions_org ON connect_sessions (org_id, created_at)',
      'ALTER TABLE connections ADD COLUMN end_user_id TEXT',
      'ALTER TABLE connections ADD COLUMN end_user TEXT',
      'CREATE INDEX connections_end_user ON connections (org_id, end_user_id) WHERE deleted_at IS NULL',
    ],
  },
  {
    version: 10,
    name: "an organisation's brand (name, logo, primary colour, theme) for the hosted connect page",
    statements: ['ALTER TABLE organisations ADD COLUMN brand TEXT'],
  },
  {
    version: 11,
    name: 'connection requests: one per provider per organisation, with a status a platform admin sets',
    statements: [
      // `request_key` names what was asked for: a listed provider, or an unlisted name as typed
      // (case and outer spaces aside). Repeats already stored are folded into the first request.
      'ALTER TABLE connection_requests ADD COLUMN request_key TEXT',
      "UPDATE connection_requests SET request_key = CASE WHEN provider_id IS NOT NULL THEN 'provider:' || provider_id ELSE 'name:' || LOWER(TRIM(name)) END",
      `DELETE FROM connection_requests WHERE EXISTS (
        SELECT 1 FROM connection_requests AS first
        WHERE first.org_id = connection_requests.org_id
          AND first.request_key = connection_requests.request_key
          AND (first.created_at < connection_requests.created_at
            OR (first.created_at = connection_requests.created_at AND first.id < connection_requests.id))
      )`,
      'CREATE UNIQUE INDEX connection_requests_key ON connection_requests (org_id, request_key)',
      "ALTER TABLE connection_requests ADD COLUMN status TEXT NOT NULL DEFAULT 'open'",
      'ALTER TABLE connection_requests ADD COLUMN status_note TEXT',
      'ALTER TABLE connection_requests ADD COLUMN status_changed_at TEXT',
    ],
  },
  {
    version: 12,
    name: "what an update changed, for the connection's history (label from and to, credential fields replaced)",
    statements: ['ALTER TABLE connection_events ADD COLUMN changes TEXT'],
  },
];
