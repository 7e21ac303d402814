import { signatureHeader } from '@paycore/webhooks';
import type { Logger } from 'pino';
import type { Keyring } from '../crypto/keyring.js';
import type { Database } from '../db/database.js';
import {
  type DeliveryJob,
  type DeliveryNext,
  recordAttempt,
  releaseDelivery,
  startDelivery,
} from '../store/webhook-deliveries.js';
import { noteEndpointOutcome, readSecrets } from '../store/webhook-endpoints.js';
import { jittered } from './health.js';
import type { WebhookSender } from './webhook-sender.js';
import { signingSecrets } from './webhook-secrets.js';

/** What a delivery needs. */
export interface DeliveryDeps {
  db: Database;
  keyring: Keyring;
  logger: Logger;
  sender: WebhookSender;
  /** First retry delay; it doubles with every failed attempt. */
  retryBaseMs: number;
  /** How long a delivery is retried; an endpoint failing this long is disabled. */
  retryForMs: number;
}

/** The longest pause between two attempts, so a receiver back after hours is not kept waiting for days. */
const MAX_RETRY_DELAY_MS = 4 * 3_600_000;

/** The delay after the `attempt`-th failed attempt: the base, doubling, at most four hours. */
export function deliveryRetryDelay(attempt: number, baseMs: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends one claimed delivery, signed with the endpoint's secrets, logs the attempt and decides
 * what comes next: done on 2xx; otherwise again after a growing delay, or given up once the
 * first attempt is older than the retry window.
 */
export async function deliver(deps: DeliveryDeps, job: DeliveryJob): Promise<void> {
  const started = new Date();
  const delivery = await startDelivery(deps.db, job, started.toISOString());
  if (!delivery) return;
  if (!delivery.endpointEnabled) {
    await releaseDelivery(deps.db, job);
    return;
  }
  const sealed = await readSecrets(deps.db, delivery.endpointId);
  if (!sealed) return;
  const secrets = signingSecrets(deps.keyring, delivery.orgId, delivery.endpointId, sealed, started);
  const result = await deps.sender.send(delivery.url, delivery.body, signatureHeader(delivery.body, secrets));
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const now = Date.now();
  const first = delivery.firstAttemptAt ? Date.parse(delivery.firstAttemptAt) : started.getTime();
  const attempt = delivery.attempts + 1;
  const next: DeliveryNext = ok
    ? { state: 'succeeded', completedAt: new Date(now).toISOString() }
    : now - first >= deps.retryForMs
      ? { state: 'failed', completedAt: new Date(now).toISOString() }
      : {
          state: 'pending',
          nextAttemptAt: new Date(
            now + jittered(deliveryRetryDelay(attempt, deps.retryBaseMs)),
          ).toISOString(),
        };
  const disabled = await deps.db.transaction(async (tx) => {
    const logged = await recordAttempt(tx, job, delivery, { at: started.toISOString(), ...result }, next);
    if (!logged) return false;
    return noteEndpointOutcome(
      tx,
      delivery.endpointId,
      ok,
      started.toISOString(),
      new Date(now - deps.retryForMs).toISOString(),
    );
  });
  if (next.state === 'failed')
    deps.logger.warn(
      { deliveryId: delivery.id, endpointId: delivery.endpointId, attempt },
      'webhook delivery given up',
    );
  if (disabled)
    deps.logger.warn(
      { endpointId: delivery.endpointId },
      'webhook endpoint disabled: it failed for the whole retry window',
    );
}
