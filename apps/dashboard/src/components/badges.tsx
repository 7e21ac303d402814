import type { ConnectionHealth, Environment, ProviderStatus } from '../api/types';
import { ENVIRONMENT_LABELS, HEALTH_LABELS } from '../lib/format';

/** Ready / Not ready: whether a provider can be connected today. */
export function ProviderStatusBadge({ status }: { status: ProviderStatus }) {
  return status === 'ready' ? (
    <span className="badge badge--success">Ready</span>
  ) : (
    <span className="badge badge--muted">Not ready</span>
  );
}

const HEALTH_TONE: Record<ConnectionHealth, string> = {
  healthy: 'success',
  degraded: 'warning',
  needs_reconnect: 'danger',
};

/** Healthy / Degraded / Needs reconnect: what the last check of a connection concluded. */
export function HealthBadge({ health }: { health: ConnectionHealth }) {
  return (
    <span className={`badge badge--${HEALTH_TONE[health] ?? 'muted'}`}>
      {HEALTH_LABELS[health] ?? health}
    </span>
  );
}

export function EnvironmentBadge({ environment }: { environment: Environment }) {
  return (
    <span className={`badge badge--outline badge--${environment}`}>
      {ENVIRONMENT_LABELS[environment] ?? environment}
    </span>
  );
}
