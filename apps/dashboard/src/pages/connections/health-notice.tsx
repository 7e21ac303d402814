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
  const { health, lastVerification: last, lastSuccessAt, nextCheckAt } = connection;
  const lastSuccess = lastSuccessAt ? `Last successful check ${formatDateTime(lastSuccessAt)}.` : '';
  if (health === 'degraded')
    return (
      <div className="alert alert--warning health-notice" role="status">
        <p className="alert__title">PayCore could not reach {providerName}; retrying</p>
        <p>
          Your credentials are not known to be wrong: {explainReason(last?.reason ?? '', providerName).title}.
          The next attempt is {formatUpcoming(nextCheckAt)}. {lastSuccess}
        </p>
      </div>
    );
  if (health === 'needs_reconnect') {
    const text = explainReason(last?.reason ?? 'form_changed', providerName);
    return (
      <div className="alert alert--error health-notice" role="alert">
        <p className="alert__title">{text.title}: reconnect to keep this connection working</p>
        <p>
          {text.advice} {last?.message && <span className="muted">{last.message}</span>}
        </p>
        <p className="muted">{lastSuccess}</p>
        <button type="button" className="button button--primary button--small" onClick={onReconnect}>
          Reconnect
        </button>
      </div>
    );
  }
  return null;
}
