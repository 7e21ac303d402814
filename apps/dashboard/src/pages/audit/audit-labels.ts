import i18next from 'i18next';

/**
 * Plain words for each action of the host's audit log (its list: AUDIT_ACTIONS in apps/host), in the
 * chosen language; the filter offers them in this order.
 */
export const AUDIT_ACTION_LABELS: Record<string, () => string> = {
  'connection.created': () => i18next.t('audit.actions.connectionCreated'),
  'connection.label_changed': () => i18next.t('audit.actions.connectionLabelChanged'),
  'connection.credentials_replaced': () => i18next.t('audit.actions.connectionCredentialsReplaced'),
  'connection.verified': () => i18next.t('audit.actions.connectionVerified'),
  'connection.services_changed': () => i18next.t('audit.actions.connectionServicesChanged'),
  'connection.health_changed': () => i18next.t('audit.actions.connectionHealthChanged'),
  'connection.deleted': () => i18next.t('audit.actions.connectionDeleted'),
  'connection_request.created': () => i18next.t('audit.actions.requestCreated'),
  'connection_request.withdrawn': () => i18next.t('audit.actions.requestWithdrawn'),
  'api_key.created': () => i18next.t('audit.actions.apiKeyCreated'),
  'api_key.revoked': () => i18next.t('audit.actions.apiKeyRevoked'),
  'webhook.created': () => i18next.t('audit.actions.webhookCreated'),
  'webhook.updated': () => i18next.t('audit.actions.webhookUpdated'),
  'webhook.secret_rotated': () => i18next.t('audit.actions.webhookSecretRotated'),
  'webhook.deleted': () => i18next.t('audit.actions.webhookDeleted'),
  'member.invited': () => i18next.t('audit.actions.memberInvited'),
  'invitation.revoked': () => i18next.t('audit.actions.invitationRevoked'),
  'member.joined': () => i18next.t('audit.actions.memberJoined'),
  'member.role_changed': () => i18next.t('audit.actions.memberRoleChanged'),
  'member.removed': () => i18next.t('audit.actions.memberRemoved'),
  'member.left': () => i18next.t('audit.actions.memberLeft'),
  'ownership.transferred': () => i18next.t('audit.actions.ownershipTransferred'),
  'organisation.settings_changed': () => i18next.t('audit.actions.settingsChanged'),
  'auth.signed_in': () => i18next.t('audit.actions.signedIn'),
  'auth.sign_in_failed': () => i18next.t('audit.actions.signInFailed'),
};

/** An action in words; one the dashboard does not know yet is shown as its code. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action]!() : action;
}

/** Who did it, in words, for the "Done by" filter (the host's actor types). */
export const ACTOR_TYPES: Record<string, () => string> = {
  user: () => i18next.t('audit.actors.user'),
  api_key: () => i18next.t('audit.actors.apiKey'),
  system: () => i18next.t('audit.actors.system'),
  connect_session: () => i18next.t('audit.actors.connectSession'),
};

/** The badge beside an actor that is not a member; an unknown type is shown as its code. */
export function actorBadge(type: string): string {
  switch (type) {
    case 'api_key':
      return i18next.t('audit.actorBadges.apiKey');
    case 'system':
      return i18next.t('audit.actorBadges.system');
    case 'connect_session':
      return i18next.t('audit.actorBadges.connectSession');
    default:
      return type;
  }
}

/**
 * A one-line summary of an entry's details: names and values the host recorded, never secrets. They
 * are the host's data (field names, codes), shown as recorded in every language.
 */
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
