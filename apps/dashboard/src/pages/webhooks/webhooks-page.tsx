import { useState } from 'react';
import { type ApiError, asApiError } from '../../api/client';
import type { WebhookEndpoint } from '../../api/types';
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from '../../api/webhooks';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { useToast } from '../../components/toaster';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { SecretOnce } from './secret-once';
import { type WebhookActions, WebhookCard } from './webhook-card';
import { WebhookForm } from './webhook-form';

/** The organisation's webhook endpoints: add one (its secret shown once), test, rotate, enable, delete. */
export function WebhooksPage() {
  const organisation = useOrganisation();
  const notify = useToast();
  const endpoints = useResource((signal) => listWebhooks(organisation.id, signal), [organisation.id]);
  const [secret, setSecret] = useState<{ title: string; value: string } | undefined>();
  const [deleting, setDeleting] = useState<WebhookEndpoint | undefined>();
  const [error, setError] = useState<ApiError | undefined>();

  const attempt = async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (cause) {
      setError(asApiError(cause));
    }
  };
  const actions: WebhookActions = {
    test: (endpoint) =>
      void attempt(async () => {
        await sendTestEvent(organisation.id, endpoint.id);
        notify('Test event queued: see Deliveries');
      }),
    rotate: (endpoint) =>
      void attempt(async () => {
        const rotated = await rotateWebhookSecret(organisation.id, endpoint.id);
        setSecret({ title: `New signing secret for ${endpoint.url}`, value: rotated.secret });
        endpoints.reload();
      }),
    setEnabled: (endpoint, enabled) =>
      void attempt(async () => {
        await updateWebhook(organisation.id, endpoint.id, { enabled });
        notify(enabled ? 'Endpoint enabled' : 'Endpoint disabled');
        endpoints.reload();
      }),
    remove: (endpoint) => setDeleting(endpoint),
  };
  const remove = (endpoint: WebhookEndpoint) =>
    void attempt(async () => {
      await deleteWebhook(organisation.id, endpoint.id);
      setDeleting(undefined);
      notify('Endpoint deleted');
      endpoints.reload();
    });

  return (
    <>
      <PageHeader
        title="Webhooks"
        description={`PayCore tells your servers when a connection of ${organisation.name} changes or breaks: signed POSTs, retried until they arrive.`}
      />
      {secret && (
        <SecretOnce title={secret.title} secret={secret.value} onDone={() => setSecret(undefined)} />
      )}
      <ErrorAlert error={error} />
      <ErrorAlert error={endpoints.error} />
      {endpoints.loading && !endpoints.data ? (
        <Loading label="Loading endpoints…" />
      ) : endpoints.data?.length === 0 ? (
        <EmptyState title="No endpoints yet">
          <p>Add the URL of a server of yours to hear about connections without polling.</p>
        </EmptyState>
      ) : (
        <div className="stack">
          {endpoints.data?.map((endpoint) => (
            <WebhookCard key={endpoint.id} endpoint={endpoint} actions={actions} />
          ))}
        </div>
      )}
      <WebhookForm
        onSubmit={async (input) => {
          const created = await createWebhook(organisation.id, input);
          setSecret({ title: `Signing secret for ${created.webhook.url}`, value: created.secret });
          endpoints.reload();
        }}
      />
      <ConfirmDialog
        open={deleting !== undefined}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        danger
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(undefined)}
      >
        <p>
          PayCore stops sending events to <code>{deleting?.url}</code> and forgets its delivery log. This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
