import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { ApiError } from '../../api/client';
import type { ReverifyOutcome } from '../../api/connections';
import { ErrorAlert } from '../../components/alerts';
import { formatDateTime } from '../../lib/format';
import { explainReason } from '../../lib/verify-reasons';

/**
 * The outcome of "Re-verify" while it runs, and a failure that left the health as it was (a
 * failure that changed it is the health notice's; success is a toast).
 */
export function ReverifyNotice({
  verifying,
  outcome,
  providerName,
}: {
  verifying: boolean;
  outcome: ReverifyOutcome['result'] | ApiError | undefined;
  providerName: string;
}) {
  const { t } = useTranslation();
  if (verifying)
    return (
      <div className="outcome outcome--progress" role="status">
        <span className="spinner" aria-hidden="true" />
        <p className="outcome__title">{t('verify.checking', { provider: providerName })}</p>
      </div>
    );
  if (!outcome) return null;
  if (outcome instanceof ApiError) return <ErrorAlert error={outcome} />;
  if (outcome.ok) return null;
  const text = explainReason(outcome.reason ?? '', providerName);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{text.title}</p>
      <p>
        {text.advice} {outcome.message && <span className="muted">{outcome.message}</span>}
      </p>
    </div>
  );
}

/** The last verify in one line, for the details list. */
export function lastCheck(
  result: { ok: boolean; reason?: string } | null,
  at: string | null,
  providerName: string,
): string {
  if (!result) return i18next.t('connection.notChecked');
  const when = formatDateTime(at);
  return result.ok
    ? i18next.t('connection.confirmedAt', { when })
    : i18next.t('connection.refusedAt', {
        reason: explainReason(result.reason ?? '', providerName).title,
        when,
      });
}
