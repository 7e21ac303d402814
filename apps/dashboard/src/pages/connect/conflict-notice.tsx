import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getConnection } from '../../api/connections';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import type { ConnectPhase } from './use-connect-flow';

type Conflict = Extract<ConnectPhase, { kind: 'conflict' }>;

/**
 * The organisation already has this account in this environment: names the existing connection
 * with a link to it, and offers to connect the account again under another label. It sits inside
 * the credential form, so Enter in the label field connects again instead of submitting that form.
 */
export function ConflictNotice({
  orgId,
  conflict,
  providerName,
  suggestedLabel,
  onConnectAgain,
}: {
  orgId: string;
  conflict: Conflict;
  providerName: string;
  suggestedLabel: string;
  onConnectAgain: (label: string) => void;
}) {
  const { t } = useTranslation();
  const existing = useResource(
    (signal) => getConnection(orgId, conflict.existingConnectionId, signal),
    [orgId, conflict.existingConnectionId],
  );
  const [asking, setAsking] = useState(false);
  const [label, setLabel] = useState(suggestedLabel);
  const [error, setError] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const other = existing.data;
  const accountId = conflict.account?.id;
  const name = other?.label
    ? `${providerName} · ${other.label}`
    : t('conflict.connectionOf', { provider: providerName });
  const asLabel = other?.label ? t('conflict.asLabel', { label: other.label }) : '';
  const since = other ? t('conflict.since', { date: formatDateTime(other.createdAt) }) : '';
  const submit = () => {
    const value = label.trim();
    if (value === '') return setError(t('conflict.labelMissing'));
    if (other?.label && value === other.label)
      return setError(t('conflict.labelTaken', { label: other.label }));
    setError(undefined);
    onConnectAgain(value);
  };

  return (
    <div className="outcome outcome--warning" role="alert">
      <span className="outcome__icon" aria-hidden="true">
        !
      </span>
      <div className="outcome__body">
        <h2 className="outcome__title" tabIndex={-1} ref={headingRef}>
          {t('conflict.title')}
        </h2>
        <p>
          {accountId ? (
            <Trans
              i18nKey="conflict.textWithId"
              values={{ provider: providerName, account: accountId, label: asLabel, since }}
              components={{ code: <span className="code" /> }}
            />
          ) : (
            t('conflict.text', { provider: providerName, label: asLabel, since })
          )}
        </p>
        <p>
          <Link to={`/connections/${encodeURIComponent(conflict.existingConnectionId)}`}>
            {t('conflict.open', { name })}
          </Link>
        </p>
        {asking ? (
          <div className="conflict__again">
            <TextField
              label={t('conflict.newLabel')}
              hint={t('conflict.newLabelHint')}
              value={label}
              maxLength={100}
              required
              autoFocus
              disabled={conflict.saving}
              error={error ?? conflict.labelError}
              onChange={(event) => setLabel(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                submit();
              }}
            />
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={conflict.saving}
                onClick={submit}
              >
                {conflict.saving ? t('conflict.connecting') : t('conflict.connectAgain')}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
              {t('conflict.connectAgainLabel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
