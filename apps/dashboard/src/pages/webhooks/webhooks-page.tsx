import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
        notify(t('webhooks.testQueued'));
      }),
    rotate: (endpoint) =>
      void attempt(async () => {
        const rotated = await rotateWebhookSecret(organisation.id, endpoint.id);
        setSecret({ title: t('webhooks.newSecretFor', { url: endpoint.url }), value: rotated.secret });
        endpoints.reload();
      }),
    setEnabled: (endpoint, enabled) =>
      void attempt(async () => {
        await updateWebhook(organisation.id, endpoint.id, { enabled });
        notify(enabled ? t('webhooks.endpointEnabled') : t('webhooks.endpointDisabled'));
        endpoints.reload();
      }),
    remove: (endpoint) => setDeleting(endpoint),
  };
  const remove = (endpoint: WebhookEndpoint) =>
    void attempt(async () => {
      await deleteWebhook(organisation.id, endpoint.id);
      setDeleting(undefined);
      notify(t('webhooks.endpointDeleted'));
      endpoints.reload();
    });

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description', { organisation: organisation.name })}
      />
      {secret && (
        <SecretOnce title={secret.title} secret={secret.value} onDone={() => setSecret(undefined)} />
      )}
      <ErrorAlert error={error} />
      <ErrorAlert error={endpoints.error} />
      {endpoints.loading && !endpoints.data ? (
        <Loading label={t('webhooks.loading')} />
      ) : endpoints.data?.length === 0 ? (
        <EmptyState title={t('webhooks.emptyTitle')}>
          <p>{t('webhooks.emptyText')}</p>
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
          setSecret({ title: t('webhooks.secretFor', { url: created.webhook.url }), value: created.secret });
          endpoints.reload();
        }}
      />
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('webhooks.confirmTitle')}
        confirmLabel={t('webhooks.confirmLabel')}
        danger
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(undefined)}
      >
        <p>
          <Trans
            i18nKey="webhooks.confirmText"
            values={{ url: deleting?.url ?? '' }}
            components={{ code: <code /> }}
          />
        </p>
      </ConfirmDialog>
    </>
  );
}
