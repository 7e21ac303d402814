import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useMatch, useNavigate, useParams } from 'react-router';
import { getProvider } from '../../api/catalogue';
import { type ApiError, asApiError } from '../../api/client';
import {
  deleteConnection,
  getConnection,
  listConnectionEvents,
  type ReverifyOutcome,
  reverifyConnection,
  updateConnection,
} from '../../api/connections';
import { AccountDetails } from '../../components/account-details';
import { ErrorAlert, Loading } from '../../components/alerts';
import { EnvironmentBadge, HealthBadge } from '../../components/badges';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { useToast } from '../../components/toaster';
import { endUserName, formatDateTime, formatRelative } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation, useSession } from '../../session/session-context';
import { StoredCredentials } from './credentials-card';
import { lastCheck, ReverifyNotice } from './reverify-notice';
import { EventHistory } from './event-history';
import { HealthNotice } from './health-notice';
import { managePermission, useCan } from '../../session/use-can';
import { LabelEditor } from './label-editor';
import { ReplaceCredentials } from './replace-credentials';
import { ServicesTab } from './services-tab';

/**
 * One connection: what is stored, what the provider said, its history, and what can be done; the
 * Services tab (`/connections/:id/services`) switches the account's services.
 */
export function ConnectionPage() {
  const { t } = useTranslation();
  const { connectionId = '' } = useParams();
  const tab = useMatch('/connections/:connectionId/services') ? 'services' : 'overview';
  const organisation = useOrganisation();
  const { user } = useSession();
  const navigate = useNavigate();
  const notify = useToast();
  const can = useCan();
  const connection = useResource(
    (signal) => getConnection(organisation.id, connectionId, signal),
    [organisation.id, connectionId],
  );
  const providerId = connection.data?.providerId;
  const provider = useResource(
    (signal) => (providerId ? getProvider(providerId, signal) : Promise.resolve(undefined)),
    [providerId],
  );
  const events = useResource(
    (signal) => listConnectionEvents(organisation.id, connectionId, signal),
    [organisation.id, connectionId],
  );
  const [verifying, setVerifying] = useState(false);
  const [outcome, setOutcome] = useState<ReverifyOutcome['result'] | ApiError | undefined>();
  const [replacing, setReplacing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | undefined>();
  // Bumped by a re-verify, which reads the account's services again.
  const [servicesVersion, setServicesVersion] = useState(0);

  if (connection.loading && !connection.data) return <Loading label={t('connection.loading')} />;
  if (connection.error || !connection.data)
    return (
      <>
        <BackLink />
        <PageHeader title={t('connection.notFound')} />
        <ErrorAlert
          error={
            connection.error?.status === 404
              ? t('connection.noSuch', { organisation: organisation.name })
              : connection.error
          }
        />
      </>
    );

  const c = connection.data;
  const providerName = c.providerName ?? provider.data?.name ?? c.providerId;
  const title = c.label ? `${providerName} · ${c.label}` : providerName;

  const reverify = async () => {
    setVerifying(true);
    setOutcome(undefined);
    try {
      const result = await reverifyConnection(organisation.id, c.id);
      if (result.connection) connection.set(result.connection);
      else connection.reload();
      // One message per outcome: good news is a toast; a failure that changed the health is told
      // by the health notice, so only a failure that did not gets a notice of its own.
      if (result.result.ok) notify(t('connection.verified', { provider: providerName }));
      else if ((result.connection?.health ?? 'healthy') === 'healthy') setOutcome(result.result);
      events.reload();
      setServicesVersion((version) => version + 1);
    } catch (error) {
      setOutcome(asApiError(error));
    } finally {
      setVerifying(false);
    }
  };
  const remove = async () => {
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await deleteConnection(organisation.id, c.id);
      setConfirmDelete(false);
      notify(t('connection.disconnected', { name: title }));
      navigate('/connections');
    } catch (error) {
      setDeleteError(asApiError(error));
      setDeleting(false);
    }
  };

  // The host refuses these to a role without the right for this environment; the page says so.
  const mayManage = can(managePermission(c.environment));
  const refusal = mayManage
    ? undefined
    : c.environment === 'live'
      ? t('connection.refusedLive')
      : t('connection.refusedSandbox');

  return (
    <>
      <BackLink />
      <PageHeader
        title={title}
        leading={<ProviderLogo id={c.providerId} name={providerName} size="lg" />}
        description={
          <>
            <EnvironmentBadge environment={c.environment} />
            <HealthBadge health={c.health} />
            <span className="muted">
              {t('connection.lastChecked', { when: formatRelative(c.lastCheckedAt).toLowerCase() })}
            </span>
          </>
        }
        actions={
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void reverify()}
              disabled={verifying || !mayManage}
              title={refusal}
            >
              {verifying ? t('connection.verifying') : t('connection.reverify')}
            </button>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setConfirmDelete(true)}
              disabled={!mayManage}
              title={refusal}
            >
              {t('connection.disconnect')}
            </button>
          </>
        }
      />
      <ReverifyNotice verifying={verifying} outcome={outcome} providerName={providerName} />
      <HealthNotice
        connection={c}
        providerName={providerName}
        onReconnect={() => {
          setReplacing(true);
          navigate(`/connections/${encodeURIComponent(c.id)}`);
          requestAnimationFrame(() =>
            document.getElementById('credentials-title')?.scrollIntoView({ block: 'start' }),
          );
        }}
      />
      <nav className="tabs" aria-label={t('connection.sections')}>
        <NavLink end className="tabs__tab" to={`/connections/${encodeURIComponent(c.id)}`}>
          {t('connection.overview')}
        </NavLink>
        <NavLink className="tabs__tab" to={`/connections/${encodeURIComponent(c.id)}/services`}>
          {t('connection.services')}
        </NavLink>
      </nav>
      {tab === 'services' && (
        <ServicesTab
          orgId={organisation.id}
          connectionId={c.id}
          providerName={providerName}
          version={servicesVersion}
          onSaved={() => {
            events.reload();
            notify(t('connection.servicesSaved'));
          }}
        />
      )}
      <div className="detail-grid" hidden={tab !== 'overview'}>
        <section className="card section" aria-labelledby="details-title">
          <h2 id="details-title" className="section__title">
            {t('connection.details')}
          </h2>
          <dl className="details">
            <Row term={t('connections.columns.provider')}>
              <Link to={`/providers/${encodeURIComponent(c.providerId)}`}>{providerName}</Link>
            </Row>
            <Row term={t('connections.columns.label')}>
              {mayManage ? (
                <LabelEditor
                  label={c.label}
                  onSave={async (label) => {
                    connection.set(await updateConnection(organisation.id, c.id, { label }));
                    events.reload();
                    notify(t('connection.labelSaved'));
                  }}
                />
              ) : (
                (c.label ?? '—')
              )}
            </Row>
            {c.endUser && (
              <Row term={t('connection.endUser')}>
                <Link to={`/connections?endUser=${encodeURIComponent(c.endUser.id)}`}>
                  {endUserName(c.endUser)}
                </Link>
              </Row>
            )}
            <Row term={t('connections.columns.lastCheck')}>
              {lastCheck(c.lastVerification, c.lastCheckedAt, providerName)}
            </Row>
            <Row term={t('connection.lastSuccess')}>{formatDateTime(c.lastSuccessAt)}</Row>
            <Row term={t('connection.nextCheck')}>{formatDateTime(c.nextCheckAt)}</Row>
            <Row term={t('connection.connected')}>{formatDateTime(c.createdAt)}</Row>
            {c.updatedAt && <Row term={t('connection.lastChanged')}>{formatDateTime(c.updatedAt)}</Row>}
          </dl>
        </section>
        <section className="card section" aria-labelledby="account-title">
          <h2 id="account-title" className="section__title">
            {t('connection.account', { provider: providerName })}
          </h2>
          <AccountDetails account={c.account} environment={c.environment} />
        </section>
        <section className="card section detail-grid__wide" aria-labelledby="credentials-title">
          <div className="section__head">
            <h2 id="credentials-title" className="section__title">
              {t('connection.credentials')}
            </h2>
            {!replacing && mayManage && provider.data?.credentialForm && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setOutcome(undefined);
                  setReplacing(true);
                }}
              >
                {t('connection.replace')}
              </button>
            )}
          </div>
          {replacing && provider.data?.credentialForm ? (
            <ReplaceCredentials
              orgId={organisation.id}
              connection={c}
              form={provider.data.credentialForm}
              providerName={providerName}
              onCancel={() => setReplacing(false)}
              onSaved={(updated) => {
                connection.set(updated);
                setReplacing(false);
                events.reload();
                notify(t('connection.replaced'));
              }}
            />
          ) : (
            <StoredCredentials connection={c} schema={provider.data?.credentialForm?.schema} />
          )}
        </section>
        <section className="card section detail-grid__wide" aria-labelledby="history-title">
          <h2 id="history-title" className="section__title">
            {t('connection.history')}
          </h2>
          {events.error ? (
            <ErrorAlert error={events.error} />
          ) : (
            <EventHistory
              events={events.data ?? []}
              providerName={providerName}
              userId={user?.id}
              fieldTitles={Object.fromEntries(
                Object.entries(provider.data?.credentialForm?.schema.properties ?? {}).map(
                  ([name, field]) => [name, field.title ?? name],
                ),
              )}
            />
          )}
        </section>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('connection.confirmTitle', { name: title })}
        confirmLabel={t('connection.disconnect')}
        danger
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          {c.environment === 'live'
            ? t('connection.confirmTextLive', { organisation: organisation.name, provider: providerName })
            : t('connection.confirmTextSandbox', { organisation: organisation.name, provider: providerName })}
        </p>
        <ErrorAlert error={deleteError} />
      </ConfirmDialog>
    </>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="details__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to="/connections">
      {t('connection.back')}
    </Link>
  );
}
