import { useEffect, useState } from 'react';
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
  if (delivery.state === 'succeeded') return { label: 'Delivered', tone: 'success' };
  if (delivery.state === 'failed') return { label: 'Gave up', tone: 'danger' };
  const [last] = delivery.attempts;
  const failed = last && (last.statusCode === null || last.statusCode >= 300);
  return failed ? { label: 'Retrying', tone: 'warning' } : { label: 'Queued', tone: 'muted' };
}

/** One endpoint's delivery log: each event's state and attempts, and redelivery. */
export function DeliveriesPage() {
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
      notify(`${eventLabel(delivery.eventType)} queued again`);
      reload();
    } catch (cause) {
      setError(asApiError(cause));
    }
  };

  if (endpoint.error)
    return (
      <>
        <BackLink />
        <PageHeader title="Endpoint not found" />
        <ErrorAlert
          error={endpoint.error.status === 404 ? 'There is no such webhook endpoint.' : endpoint.error}
        />
      </>
    );
  return (
    <>
      <BackLink />
      <PageHeader
        title="Deliveries"
        description={endpoint.data ? <code>{endpoint.data.url}</code> : undefined}
      />
      {endpoint.data && !endpoint.data.enabled && (
        <p className="alert alert--error">
          This endpoint is disabled: nothing is sent until it is enabled on the Webhooks page.
        </p>
      )}
      <ErrorAlert error={error ?? deliveries.error} />
      {deliveries.loading && !deliveries.data ? (
        <Loading label="Loading deliveries…" />
      ) : deliveries.data?.length === 0 ? (
        <EmptyState title="Nothing sent yet">
          <p>Events appear here as they are sent. “Send test event” on the Webhooks page sends one now.</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows deliveries-table">
            <caption className="visually-hidden">Deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">State</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Answer</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
  const [last] = delivery.attempts;
  const state = stateOf(delivery);
  return (
    <tr>
      <th scope="row" data-label="Event">
        {eventLabel(delivery.eventType)}
        <br />
        <code className="muted">{delivery.eventId}</code>
      </th>
      <td data-label="State">
        <span className={`badge badge--${state.tone}`}>{state.label}</span>
        <br />
        <span className="muted">
          {delivery.attempts.length} attempt{delivery.attempts.length === 1 ? '' : 's'}
          {delivery.nextAttemptAt && delivery.attempts.length > 0
            ? ` · next ${formatUpcoming(delivery.nextAttemptAt)}`
            : ''}
        </span>
      </td>
      <td data-label="Last attempt">
        {last ? (
          <time dateTime={last.at} title={formatDateTime(last.at)}>
            {formatRelative(last.at)}
          </time>
        ) : (
          <span className="muted">Not yet</span>
        )}
      </td>
      <td data-label="Answer">
        {last &&
          (last.statusCode !== null ? (
            <>
              HTTP {last.statusCode} in {last.latencyMs} ms
              {last.responseExcerpt && <pre className="delivery-excerpt">{last.responseExcerpt}</pre>}
            </>
          ) : (
            <span className="field__error">{last.error}</span>
          ))}
      </td>
      <td className="actions">
        <button type="button" className="button button--secondary button--small" onClick={onRedeliver}>
          Redeliver<span className="visually-hidden"> {delivery.eventId}</span>
        </button>
      </td>
    </tr>
  );
}

function BackLink() {
  return (
    <Link className="back-link" to="/webhooks">
      ← Webhooks
    </Link>
  );
}
