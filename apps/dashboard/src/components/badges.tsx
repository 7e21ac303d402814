import type { ConnectionStatus, Environment, ProviderStatus } from '../api/types';
import { CONNECTION_STATUS_LABELS, ENVIRONMENT_LABELS } from '../lib/format';

/** Ready / Not ready: whether a provider can be connected today. */
export function ProviderStatusBadge({ status }: { status: ProviderStatus }) {
  return status === 'ready' ? (
    <span className="badge badge--success">Ready</span>
  ) : (
    <span className="badge badge--muted">Not ready</span>
  );
}

const CONNECTION_TONE: Record<ConnectionStatus, string> = {
  active: 'success',
  failing: 'danger',
  needs_reconnect: 'warning',
};

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  return (
    <span className={`badge badge--${CONNECTION_TONE[status] ?? 'muted'}`}>
      {CONNECTION_STATUS_LABELS[status] ?? status}
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
