import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const name = endpoint.description ?? endpoint.url;
  const hidden = <span className="visually-hidden" />;
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
          <span className="badge badge--success">{t('webhooks.card.enabled')}</span>
        ) : (
          <span className="badge badge--danger">{t('webhooks.card.disabled')}</span>
        )}
      </div>
      {!endpoint.enabled && endpoint.disabledReason && (
        <div className="alert alert--error" role="status">
          <p className="alert__title">{t('webhooks.card.disabledTitle')}</p>
          <p>{t('webhooks.card.disabledText', { reason: endpoint.disabledReason })}</p>
        </div>
      )}
      {endpoint.enabled && endpoint.failingSince && (
        <p className="alert alert--warning">
          {t('webhooks.card.failing', { date: formatDateTime(endpoint.failingSince) })}
        </p>
      )}
      <ul className="chips" aria-label={t('webhooks.card.events')}>
        {endpoint.events.map((type) => (
          <li key={type} className="chip">
            {eventLabel(type)}
          </li>
        ))}
      </ul>
      {endpoint.previousSecretUntil && Date.parse(endpoint.previousSecretUntil) > Date.now() && (
        <p className="muted">
          {t('webhooks.card.previousSecret', { date: formatDateTime(endpoint.previousSecretUntil) })}
        </p>
      )}
      <div className="form-actions webhook-card__actions">
        <Link
          className="button button--secondary button--small"
          to={`/webhooks/${encodeURIComponent(endpoint.id)}`}
        >
          <Trans i18nKey="webhooks.card.deliveries" values={{ name }} components={{ hidden }} />
        </Link>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!endpoint.enabled}
          onClick={() => actions.test(endpoint)}
        >
          {t('webhooks.card.sendTest')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => actions.rotate(endpoint)}
        >
          {t('webhooks.card.rotate')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => actions.setEnabled(endpoint, !endpoint.enabled)}
        >
          {endpoint.enabled ? t('webhooks.card.disable') : t('webhooks.card.enable')}
        </button>
        <button
          type="button"
          className="button button--danger-outline button--small"
          onClick={() => actions.remove(endpoint)}
        >
          <Trans i18nKey="webhooks.card.delete" values={{ name }} components={{ hidden }} />
        </button>
      </div>
    </article>
  );
}
