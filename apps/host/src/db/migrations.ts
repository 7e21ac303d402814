/** One schema change; statements use only SQL both engines accept. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

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
    version: 3,
    name: "a connection's services (what the account has enabled, and the merchant's switches)",
    statements: ['ALTER TABLE connections ADD COLUMN services TEXT'],
  },
];
