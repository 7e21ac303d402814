import { Link } from 'react-router';
import type { WebhookEndpoint } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { eventLabel } from './event-labels';

/** What can be done to an endpoint from its card. */
export interface WebhookActions {
  test: (endpoint: WebhookEndpoint) => void;
  rotate: (endpoint: WebhookEndpoint) => void;
  setEnabled: (endpoint: WebhookEndpoint, enabled: boolean) => void;
  remove: (endpoint: WebhookEndpoint) => void;
}

/** One endpoint: where it goes, what it receives, whether it works, and its actions. */
export function WebhookCard({ endpoint, actions }: { endpoint: WebhookEndpoint; actions: WebhookActions }) {
  const name = endpoint.description ?? endpoint.url;
  return (
    <article className="card section webhook-card" aria-label={name}>
      <div className="section__head">
        <div>
          <p className="webhook-card__url">
            <code>{endpoint.url}</code>
          </p>
          {endpoint.description && <p className="muted">{endpoint.description}</p>}
        </div>
        {endpoint.enabled ? (
          <span className="badge badge--success">Enabled</span>
        ) : (
          <span className="badge badge--danger">Disabled</span>
        )}
      </div>
      {!endpoint.enabled && endpoint.disabledReason && (
        <div className="alert alert--error" role="status">
          <p className="alert__title">PayCore disabled this endpoint</p>
          <p>
            {endpoint.disabledReason}. Fix the receiver, then enable it: the events that were waiting are sent
            then.
          </p>
        </div>
      )}
      {endpoint.enabled && endpoint.failingSince && (
        <p className="alert alert--warning">
          Deliveries have been failing since {formatDateTime(endpoint.failingSince)}; PayCore keeps retrying.
        </p>
      )}
      <ul className="chips" aria-label="Events">
        {endpoint.events.map((type) => (
          <li key={type} className="chip">
            {eventLabel(type)}
          </li>
        ))}
      </ul>
      {endpoint.previousSecretUntil && Date.parse(endpoint.previousSecretUntil) > Date.now() && (
        <p className="muted">
          The previous secret also signs until {formatDateTime(endpoint.previousSecretUntil)}.
        </p>
      )}
      <div className="form-actions webhook-card__actions">
        <Link
          className="button button--secondary button--small"
          to={`/webhooks/${encodeURIComponent(endpoint.id)}`}
        >
          Deliveries<span className="visually-hidden"> of {name}</span>
        </Link>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!endpoint.enabled}
          onClick={() => actions.test(endpoint)}
        >
          Send test event
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => actions.rotate(endpoint)}
        >
          Rotate secret
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => actions.setEnabled(endpoint, !endpoint.enabled)}
        >
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
        <button
          type="button"
          className="button button--danger-outline button--small"
          onClick={() => actions.remove(endpoint)}
        >
          Delete<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </article>
  );
}
