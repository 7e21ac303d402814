import type { Request } from 'express';
import type { Actor } from '../store/actor.js';
import type { AuditContext } from '../store/audit.js';
import type { AuthInfo } from './auth.js';

const USER_AGENT_MAX = 400;

/**
 * Who is acting and from where, for the audit log: the caller, the client address (as express
 * reads it, so `PAYCORE_TRUST_PROXY` decides whether `X-Forwarded-For` counts) and the user agent.
 */
export function auditContext(
  req: Request,
  auth: AuthInfo,
  as?: { actor: Actor; label: string },
): AuditContext {
  const actor = as?.actor ?? auth.actor ?? { type: 'system', id: 'host' };
  return {
    actor,
    actorLabel: as?.label ?? auth.actorLabel ?? null,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, USER_AGENT_MAX) ?? null,
  };
}
