import { type Credentials, isPaycoreError } from '@paycore/core';
import type { Logger } from 'pino';
import { nowIso, SCHEDULED_CHECK } from '../store/actor.js';
import { type CheckJob, finishCheck, releaseCheck, startCheck } from '../store/checks.js';
import type { ConnectionRecord, LastVerification } from '../store/connections.js';
import { recordHealthChange } from './connection-events.js';
import { type ConnectionDeps, storedCredentials } from './connections.js';
import {
  type CheckVerdict,
  checkIntervalMs,
  formChanged,
  jittered,
  nextHealth,
  verdictOf,
} from './health.js';
import { runProviderVerify } from './verify.js';

/** What a scheduled check needs. */
export interface CheckDeps extends ConnectionDeps {
  logger: Logger;
  /** The host's interval between checks. */
  checkIntervalMs: number;
  /**
   * How long a check may take in all, waiting for a sandbox slot included: the job engine hands a
   * job running longer to another host, so the check gives up (without a verdict) before that.
   */
  jobTimeoutMs: number;
}

/** A host too busy to verify now tries again this soon, without a verdict. */
const BUSY_RETRY_MS = 30_000;

type Checked = { verdict: CheckVerdict; account?: Record<string, unknown> | null };

/** Runs one claimed check: verify the stored credentials, record health, and its change if any. */
export async function runCheck(deps: CheckDeps, job: CheckJob): Promise<void> {
  const record = await startCheck(deps.db, job, nowIso());
  if (!record) return;
  const log = deps.logger.child({ connectionId: record.id, providerId: record.providerId });
  const intervalMs = checkIntervalMs(job.checkInterval, deps.checkIntervalMs);
  const checked = await checkStored(deps, record, log);
  if (checked === 'busy') {
    const retryAt = new Date(Date.now() + jittered(Math.min(intervalMs, BUSY_RETRY_MS)));
    await releaseCheck(deps.db, job, retryAt.toISOString());
    return;
  }
  const now = new Date();
  const health = nextHealth(record, checked.verdict, now, intervalMs);
  const { transition, ...state } = health;
  const { verdict, account } = checked;
  const result: LastVerification = verdict.ok
    ? { ok: true }
    : { ok: false, reason: verdict.reason, message: verdict.message };
  const after: ConnectionRecord = {
    ...record,
    ...state,
    lastVerifiedAt: now.toISOString(),
    lastVerification: result,
    ...(account === undefined ? {} : { account }),
  };
  await deps.db.transaction(async (tx) => {
    if (!(await finishCheck(tx, job, { at: now.toISOString(), result, account, health }))) return;
    if (transition)
      await recordHealthChange(
        tx,
        deps.registry,
        after,
        { transition, previousHealth: record.health, verdict },
        SCHEDULED_CHECK,
      );
  });
  if (transition) log.info({ health: health.health, reason: result.reason }, 'connection health changed');
}

/** The verdict on the stored credentials, or `busy` when the host has no room to verify now. */
async function checkStored(
  deps: CheckDeps,
  record: ConnectionRecord,
  log: Logger,
): Promise<Checked | 'busy'> {
  const entry = deps.registry.get(record.providerId);
  if (entry?.status !== 'ready' || !entry.credentials)
    return unavailable(`${record.providerId} cannot be checked: its connector is not loaded`);
  if (record.schemaVersion < entry.credentials.version) return { verdict: formChanged(entry.name) };
  let credentials: Credentials;
  try {
    credentials = await storedCredentials(deps, record);
  } catch (error) {
    log.error({ err: error }, 'stored credentials cannot be decrypted for a check');
    return unavailable('PayCore cannot decrypt the stored credentials; the operator has been told');
  }
  try {
    const outcome = await runProviderVerify(
      deps,
      entry.id,
      { environment: record.environment, credentials },
      log,
      AbortSignal.timeout(deps.jobTimeoutMs),
    );
    return { verdict: verdictOf(outcome), ...(outcome.ok ? { account: outcome.account ?? null } : {}) };
  } catch (error) {
    if (isPaycoreError(error, 'overloaded') || isPaycoreError(error, 'verify_aborted')) return 'busy';
    if (isPaycoreError(error, 'credentials_invalid')) return { verdict: formChanged(entry.name) };
    throw error;
  }
}

/** PayCore itself cannot check: says nothing about the credentials. */
function unavailable(message: string): Checked {
  return { verdict: { ok: false, health: 'degraded', reason: 'misconfigured', message } };
}
