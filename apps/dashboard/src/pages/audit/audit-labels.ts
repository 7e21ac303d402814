/** Plain words for each action of the host's audit log (its list: AUDIT_ACTIONS in apps/host). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'connection.created': 'Connection created',
  'connection.label_changed': 'Connection renamed',
  'connection.credentials_replaced': 'Credentials replaced',
  'connection.verified': 'Connection verified',
  'connection.services_changed': 'Services switched',
  'connection.health_changed': 'Health changed',
  'connection.deleted': 'Connection deleted',
  'connection_request.created': 'Provider requested',
  'connection_request.withdrawn': 'Provider request withdrawn',
  'api_key.created': 'API key created',
  'api_key.revoked': 'API key revoked',
  'webhook.created': 'Webhook created',
  'webhook.updated': 'Webhook changed',
  'webhook.secret_rotated': 'Webhook secret rotated',
  'webhook.deleted': 'Webhook deleted',
  'member.invited': 'Member invited',
  'invitation.revoked': 'Invitation revoked',
  'member.joined': 'Member joined',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'ownership.transferred': 'Ownership transferred',
  'organisation.settings_changed': 'Settings changed',
  'auth.signed_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
};

/** A one-line summary of an entry's details: names and values the host recorded, never secrets. */
export function describeDetails(details: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(details)) {
    if (value === null || value === undefined) continue;
    if (name === 'changes' && typeof value === 'object') {
      for (const [setting, change] of Object.entries(value as Record<string, { from: unknown; to: unknown }>))
        parts.push(`${setting}: ${show(change.from)} → ${show(change.to)}`);
    } else if (name === 'from' && 'to' in details) {
      parts.push(`${show(value)} → ${show(details.to)}`);
    } else if (name !== 'to') {
      parts.push(`${name}: ${show(value)}`);
    }
  }
  return parts.join('; ');
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
