import type { ConnectionHealth, Environment, ProviderStatus } from '../api/types';
import { useTranslation } from 'react-i18next';
import { environmentLabel, healthLabel } from '../lib/format';

/** Ready / Not ready: whether a provider can be connected today. */
export function ProviderStatusBadge({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  return status === 'ready' ? (
    <span className="badge badge--success">{t('badges.ready')}</span>
  ) : (
    <span className="badge badge--muted">{t('badges.notReady')}</span>
  );
}

const HEALTH_TONE: Record<ConnectionHealth, string> = {
  healthy: 'success',
  degraded: 'warning',
  needs_reconnect: 'danger',
};

/** Healthy / Degraded / Needs reconnect: what the last check of a connection concluded. */
export function HealthBadge({ health }: { health: ConnectionHealth }) {
  useTranslation(); // re-render when the language changes
  return <span className={`badge badge--${HEALTH_TONE[health] ?? 'muted'}`}>{healthLabel(health)}</span>;
}

export function EnvironmentBadge({ environment }: { environment: Environment }) {
  useTranslation(); // re-render when the language changes
  return (
    <span className={`badge badge--outline badge--${environment}`}>{environmentLabel(environment)}</span>
  );
}
