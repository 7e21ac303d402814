import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import type { WebhookDelivery } from '../../api/types';
import { getWebhook, listDeliveries, redeliver } from '../../api/webhooks';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { useToast } from '../../components/toaster';
import { formatDateTime, formatRelative, formatUpcoming } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { eventLabel } from './event-labels';

/** How often the log is read again while a delivery is still on its way. */
const REFRESH_MS = 2_000;

/** A delivery's state in words: a pending one is retrying only after an attempt that failed. */
function stateOf(delivery: WebhookDelivery): { label: string; tone: string } {
  if (delivery.state === 'succeeded')
    return { label: i18next.t('deliveries.state.delivered'), tone: 'success' };
  if (delivery.state === 'failed') return { label: i18next.t('deliveries.state.gaveUp'), tone: 'danger' };
  const [last] = delivery.attempts;
  const failed = last && (last.statusCode === null || last.statusCode >= 300);
  return failed
    ? { label: i18next.t('deliveries.state.retrying'), tone: 'warning' }
    : { label: i18next.t('deliveries.state.queued'), tone: 'muted' };
}

/** One endpoint's delivery log: each event's state and attempts, and redelivery. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const { webhookId = '' } = useParams();
  const organisation = useOrganisation();
  const notify = useToast();
  const endpoint = useResource(
    (signal) => getWebhook(organisation.id, webhookId, signal),
    [organisation.id, webhookId],
  );
  const deliveries = useResource(
    (signal) => listDeliveries(organisation.id, webhookId, signal),
    [organisation.id, webhookId],
  );
  const [error, setError] = useState<ApiError | undefined>();
  const waiting = deliveries.data?.some((d) => d.state === 'pending') ?? false;
  const { reload } = deliveries;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  const send = async (delivery: WebhookDelivery) => {
    setError(undefined);
    try {
      await redeliver(organisation.id, webhookId, delivery.id);
      notify(t('deliveries.queuedAgain', { event: eventLabel(delivery.eventType) }));
      reload();
    } catch (cause) {
      setError(asApiError(cause));
    }
  };

  if (endpoint.error)
    return (
      <>
        <BackLink />
        <PageHeader title={t('deliveries.notFound')} />
        <ErrorAlert error={endpoint.error.status === 404 ? t('deliveries.noSuch') : endpoint.error} />
      </>
    );
  return (
    <>
      <BackLink />
      <PageHeader
        title={t('deliveries.title')}
        description={endpoint.data ? <code>{endpoint.data.url}</code> : undefined}
      />
      {endpoint.data && !endpoint.data.enabled && (
        <p className="alert alert--error">{t('deliveries.disabled')}</p>
      )}
      <ErrorAlert error={error ?? deliveries.error} />
      {deliveries.loading && !deliveries.data ? (
        <Loading label={t('deliveries.loading')} />
      ) : deliveries.data?.length === 0 ? (
        <EmptyState title={t('deliveries.emptyTitle')}>
          <p>{t('deliveries.emptyText')}</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows deliveries-table">
            <caption className="visually-hidden">{t('deliveries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deliveries.columns.event')}</th>
                <th scope="col">{t('deliveries.columns.state')}</th>
                <th scope="col">{t('deliveries.columns.lastAttempt')}</th>
                <th scope="col">{t('deliveries.columns.answer')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('deliveries.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data?.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} onRedeliver={() => void send(delivery)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function DeliveryRow({ delivery, onRedeliver }: { delivery: WebhookDelivery; onRedeliver: () => void }) {
  const { t } = useTranslation();
  const [last] = delivery.attempts;
  const state = stateOf(delivery);
  return (
    <tr>
      <th scope="row" data-label={t('deliveries.columns.event')}>
        {eventLabel(delivery.eventType)}
        <br />
        <code className="muted">{delivery.eventId}</code>
      </th>
      <td data-label={t('deliveries.columns.state')}>
        <span className={`badge badge--${state.tone}`}>{state.label}</span>
        <br />
        <span className="muted">
          {delivery.nextAttemptAt && delivery.attempts.length > 0
            ? t('deliveries.attemptsNext', {
                count: delivery.attempts.length,
                when: formatUpcoming(delivery.nextAttemptAt),
              })
            : t('deliveries.attempts', { count: delivery.attempts.length })}
        </span>
      </td>
      <td data-label={t('deliveries.columns.lastAttempt')}>
        {last ? (
          <time dateTime={last.at} title={formatDateTime(last.at)}>
            {formatRelative(last.at)}
          </time>
        ) : (
          <span className="muted">{t('deliveries.notYet')}</span>
        )}
      </td>
      <td data-label={t('deliveries.columns.answer')}>
        {last &&
          (last.statusCode !== null ? (
            <>
              {t('deliveries.answer', { status: last.statusCode, ms: last.latencyMs })}
              {last.responseExcerpt && <pre className="delivery-excerpt">{last.responseExcerpt}</pre>}
            </>
          ) : (
            <span className="field__error" lang="en">
              {last.error}
            </span>
          ))}
      </td>
      <td className="actions">
        <button type="button" className="button button--secondary button--small" onClick={onRedeliver}>
          <Trans
            i18nKey="deliveries.redeliver"
            values={{ eventId: delivery.eventId }}
            components={{ hidden: <span className="visually-hidden" /> }}
          />
        </button>
      </td>
    </tr>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to="/webhooks">
      {t('deliveries.back')}
    </Link>
  );
}
