import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';
import { formatDateTime, formatUpcoming } from '../../lib/format';
import { explainReason } from '../../lib/verify-reasons';

/**
 * What the last scheduled check found, when it is not good news: PayCore could not reach the
 * provider (nothing to do, it retries), or the provider rejected the credentials (reconnect).
 */
export function HealthNotice({
  connection,
  providerName,
  onReconnect,
}: {
  connection: Connection;
  providerName: string;
  onReconnect: () => void;
}) {
  const { t } = useTranslation();
  const { health, lastVerification: last, lastSuccessAt, nextCheckAt } = connection;
  const lastSuccess = lastSuccessAt ? t('health.lastSuccess', { when: formatDateTime(lastSuccessAt) }) : '';
  if (health === 'degraded')
    return (
      <div className="alert alert--warning health-notice" role="status">
        <p className="alert__title">{t('health.degradedTitle', { provider: providerName })}</p>
        <p>
          {t('health.degradedText', {
            reason: explainReason(last?.reason ?? '', providerName).title,
            next: formatUpcoming(nextCheckAt),
          })}{' '}
          {lastSuccess}
        </p>
      </div>
    );
  if (health === 'needs_reconnect') {
    const text = explainReason(last?.reason ?? 'form_changed', providerName);
    return (
      <div className="alert alert--error health-notice" role="alert">
        <p className="alert__title">{t('health.reconnectTitle', { reason: text.title })}</p>
        <p>
          {text.advice}{' '}
          {last?.message && (
            <span className="muted" lang="en">
              {last.message}
            </span>
          )}
        </p>
        <p className="muted">{lastSuccess}</p>
        <button type="button" className="button button--primary button--small" onClick={onReconnect}>
          {t('health.reconnect')}
        </button>
      </div>
    );
  }
  return null;
}
