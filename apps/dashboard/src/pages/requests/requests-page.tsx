import { Link } from 'react-router';
import { listConnectionRequests } from '../../api/connections';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { useCan } from '../../session/use-can';

/** The providers this organisation has asked for. */
export function RequestsPage() {
  const organisation = useOrganisation();
  const requests = useResource(
    (signal) => listConnectionRequests(organisation.id, signal),
    [organisation.id],
  );
  // Asking for a provider is a change a viewer may not make (the host refuses it).
  const newButton = useCan()('connections.manage_sandbox') ? (
    <Link className="button button--primary" to="/requests/new">
      + Request a provider
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Connection requests"
        description="Providers you asked us to support. We build the most requested ones first."
        actions={newButton}
      />
      <ErrorAlert error={requests.error} />
      {requests.loading && !requests.data ? (
        <Loading label="Loading requests…" />
      ) : requests.data?.length === 0 ? (
        <EmptyState title="No requests yet">
          <p>
            When a provider you use is not ready, open it in the{' '}
            <Link to="/directory?status=not-ready">directory</Link> and press “Request a connection”.
          </p>
        </EmptyState>
      ) : (
        <ul className="request-list">
          {requests.data?.map((request) => {
            // The host names listed providers too, so the name is always there to show.
            const name = request.name ?? request.providerId ?? 'Unnamed provider';
            return (
              <li key={request.id} className="card request">
                <ProviderLogo id={request.providerId ?? `unlisted-${request.id}`} name={name} size="sm" />
                <div className="request__body">
                  <p className="request__title">
                    {request.providerId ? (
                      <Link to={`/providers/${encodeURIComponent(request.providerId)}`}>{name}</Link>
                    ) : (
                      name
                    )}
                    {!request.providerId && <span className="badge badge--muted">Not listed</span>}
                  </p>
                  {request.website && (
                    <p className="request__meta">
                      <a href={request.website} target="_blank" rel="noopener noreferrer nofollow">
                        {request.website}
                      </a>
                    </p>
                  )}
                  {request.message && <p className="request__message">{request.message}</p>}
                </div>
                <time
                  className="request__time muted"
                  dateTime={request.createdAt}
                  title={formatDateTime(request.createdAt)}
                >
                  {formatRelative(request.createdAt)}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
