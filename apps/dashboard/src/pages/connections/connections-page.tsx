import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listConnections } from '../../api/connections';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { EnvironmentBadge, HealthBadge } from '../../components/badges';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { endUserName, formatDateTime, formatRelative } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { useCan } from '../../session/use-can';
import { useProviderNames } from './use-provider-names';

/**
 * The organisation's connections: provider, environment, label (and the end user of one made
 * through a connect session), health, last check. `?endUser=` shows one end user's.
 */
export function ConnectionsPage() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const [search] = useSearchParams();
  const endUserId = search.get('endUser') ?? undefined;
  const connections = useResource(
    (signal) => listConnections(organisation.id, signal, endUserId),
    [organisation.id, endUserId],
  );
  const names = useProviderNames(connections.data?.map((c) => c.providerId) ?? []);
  // A viewer may not connect (the host refuses it): no button to a dead end.
  const newButton = useCan()('connections.manage_sandbox') ? (
    <Link className="button button--primary" to="/directory">
      {t('connections.new')}
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t('connections.title')}
        description={t('connections.description', { organisation: organisation.name })}
        actions={connections.data && connections.data.length > 0 ? newButton : undefined}
      />
      {endUserId && (
        <div className="alert alert--info">
          <p>
            <Trans
              i18nKey="connections.endUserOnly"
              values={{ endUser: endUserId }}
              components={{ strong: <strong /> }}
            />{' '}
            <Link to="/connections">{t('connections.showAll')}</Link>
          </p>
        </div>
      )}
      <ErrorAlert error={connections.error} />
      {connections.loading && !connections.data ? (
        <Loading label={t('connections.loading')} />
      ) : connections.data?.length === 0 ? (
        <EmptyState title={t('connections.emptyTitle')}>
          <p>{t('connections.emptyText', { organisation: organisation.name })}</p>
          {newButton}
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows connections-table">
            <caption className="visually-hidden">
              {t('connections.caption', { organisation: organisation.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('connections.columns.provider')}</th>
                <th scope="col">{t('connections.columns.environment')}</th>
                <th scope="col">{t('connections.columns.label')}</th>
                <th scope="col">{t('connections.columns.health')}</th>
                <th scope="col">{t('connections.columns.lastCheck')}</th>
              </tr>
            </thead>
            <tbody>
              {connections.data?.map((connection) => {
                const name =
                  connection.providerName ?? names.get(connection.providerId) ?? connection.providerId;
                const href = `/connections/${encodeURIComponent(connection.id)}`;
                return (
                  <tr key={connection.id}>
                    <th scope="row" data-label={t('connections.columns.provider')}>
                      <Link to={href} className="provider-cell">
                        <ProviderLogo id={connection.providerId} name={name} size="sm" />
                        <span>{name}</span>
                      </Link>
                    </th>
                    <td data-label={t('connections.columns.environment')}>
                      <EnvironmentBadge environment={connection.environment} />
                    </td>
                    <td data-label={t('connections.columns.label')}>
                      {connection.label || <span className="muted">—</span>}
                      {connection.endUser && (
                        <Link
                          className="muted connections-table__end-user"
                          to={`/connections?endUser=${encodeURIComponent(connection.endUser.id)}`}
                        >
                          {t('connections.endUser', { endUser: endUserName(connection.endUser) })}
                        </Link>
                      )}
                    </td>
                    <td data-label={t('connections.columns.health')}>
                      <HealthBadge health={connection.health} />
                    </td>
                    <td data-label={t('connections.columns.lastCheck')}>
                      <time
                        dateTime={connection.lastCheckedAt ?? undefined}
                        title={formatDateTime(connection.lastCheckedAt)}
                      >
                        {formatRelative(connection.lastCheckedAt)}
                      </time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
