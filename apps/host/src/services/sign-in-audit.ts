import type { Request } from 'express';
import type { Database } from '../db/database.js';
import { auditContext } from '../http/audit-context.js';
import { appendAudit } from '../store/audit.js';
import { listMemberships } from '../store/organisations.js';

/**
 * Records a sign-in, or a failed one, of an existing user in the audit log of every organisation
 * they belong to: each organisation sees its members' sign-ins. Attempts for unknown addresses
 * belong to no organisation and are not recorded here.
 */
export async function auditSignIn(
  db: Database,
  req: Request,
  user: { id: string; email: string },
  ok: boolean,
): Promise<void> {
  const context = auditContext(
    req,
    { via: 'none', isAdmin: false },
    {
      actor: { type: 'user', id: user.id },
      label: user.email,
    },
  );
  for (const org of await listMemberships(db, user.id)) {
    await appendAudit(db, org.id, context, ok ? 'auth.signed_in' : 'auth.sign_in_failed', {
      type: 'user',
      id: user.id,
    });
  }
}
