import { useEffect, useRef, useState } from 'react';
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
  const name = other?.label ? `${providerName} · ${other.label}` : `${providerName} connection`;
  const submit = () => {
    const value = label.trim();
    if (value === '') return setError('Enter a label to tell the two connections apart.');
    if (other?.label && value === other.label)
      return setError(`The existing connection is already called “${other.label}”. Choose another label.`);
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
          This account is already connected
        </h2>
        <p>
          {providerName} account {accountId ? <span className="code">{accountId}</span> : null} is already
          connected to this organisation
          {other?.label ? ` as “${other.label}”` : ''}
          {other ? ` since ${formatDateTime(other.createdAt)}` : ''}. Use that connection, or connect the
          account again under another label (for example, for a second shop).
        </p>
        <p>
          <Link to={`/connections/${encodeURIComponent(conflict.existingConnectionId)}`}>Open {name}</Link>
        </p>
        {asking ? (
          <div className="conflict__again">
            <TextField
              label="Label for the new connection"
              hint="It must differ from the existing connection’s label."
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
                {conflict.saving ? 'Connecting…' : 'Connect again'}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
              Connect again under another label
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
