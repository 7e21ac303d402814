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
      + New connection
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Connections"
        description={`Provider accounts connected to ${organisation.name}.`}
        actions={connections.data && connections.data.length > 0 ? newButton : undefined}
      />
      {endUserId && (
        <div className="alert alert--info">
          <p>
            Showing the connections of end user <strong>{endUserId}</strong>.{' '}
            <Link to="/connections">Show all</Link>
          </p>
        </div>
      )}
      <ErrorAlert error={connections.error} />
      {connections.loading && !connections.data ? (
        <Loading label="Loading connections…" />
      ) : connections.data?.length === 0 ? (
        <EmptyState title="No connections yet">
          <p>
            Connect the payment providers {organisation.name} already uses. It takes a minute per provider.
          </p>
          {newButton}
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows connections-table">
            <caption className="visually-hidden">Connections of {organisation.name}</caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Environment</th>
                <th scope="col">Label</th>
                <th scope="col">Health</th>
                <th scope="col">Last check</th>
              </tr>
            </thead>
            <tbody>
              {connections.data?.map((connection) => {
                const name =
                  connection.providerName ?? names.get(connection.providerId) ?? connection.providerId;
                const href = `/connections/${encodeURIComponent(connection.id)}`;
                return (
                  <tr key={connection.id}>
                    <th scope="row" data-label="Provider">
                      <Link to={href} className="provider-cell">
                        <ProviderLogo id={connection.providerId} name={name} size="sm" />
                        <span>{name}</span>
                      </Link>
                    </th>
                    <td data-label="Environment">
                      <EnvironmentBadge environment={connection.environment} />
                    </td>
                    <td data-label="Label">
                      {connection.label || <span className="muted">—</span>}
                      {connection.endUser && (
                        <Link
                          className="muted connections-table__end-user"
                          to={`/connections?endUser=${encodeURIComponent(connection.endUser.id)}`}
                        >
                          End user: {endUserName(connection.endUser)}
                        </Link>
                      )}
                    </td>
                    <td data-label="Health">
                      <HealthBadge health={connection.health} />
                    </td>
                    <td data-label="Last check">
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
