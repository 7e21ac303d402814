import type { Response } from 'express';
import type { Logger } from 'pino';
import type { AppDeps } from '../deps.js';
import { addRequestSecrets } from '../http/error-handler.js';
import type { AuditContext } from '../store/audit.js';
import type { ConnectionDeps, OperationContext } from '../services/connections.js';

/** The connection services' dependencies, from the app's. */
export function connectionDeps(deps: AppDeps): ConnectionDeps {
  return {
    db: deps.db,
    registry: deps.registry,
    keyring: deps.keyring,
    sandbox: deps.sandbox,
    checkIntervalMs: deps.settings.checkIntervalMs,
  };
}

/**
 * Per-request context: secrets are registered for log scrubbing, and the verify is aborted when
 * the client goes away (no point calling the provider for nobody); with `audit`, the change is
 * recorded in the audit log in its transaction.
 */
export function operationContext(res: Response, log: Logger, audit?: AuditContext): OperationContext {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client went away'));
  });
  return {
    log,
    signal: controller.signal,
    markSecrets: (values) => addRequestSecrets(res, values),
    ...(audit ? { audit } : {}),
  };
}
