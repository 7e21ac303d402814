import { useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listUsableServices } from '../../api/services';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { EnvironmentBadge } from '../../components/badges';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { byConnection } from '../../lib/services';
import { useResource } from '../../lib/use-resource';
import { useVocabulary } from '../../lib/use-vocabulary';
import { parseWhere, type WhereQuery, whereToSearch } from '../../lib/where-query';
import { useOrganisation } from '../../session/session-context';
import { WhereFilters } from './where-filters';

/**
 * "Where can I take …": which of the organisation's connections can take a method in a currency
 * (enabled, available services only), with the question in the URL.
 */
export function WherePage() {
  const organisation = useOrganisation();
  const vocabulary = useVocabulary();
  const [search, setSearch] = useSearchParams();
  const queryKey = whereToSearch(parseWhere(search)).toString();
  const query = useMemo(() => parseWhere(new URLSearchParams(queryKey)), [queryKey]);
  // The router applies writes asynchronously: two quick changes build on the last one written.
  const written = useRef(query);
  written.current = query;
  const update = (patch: Partial<WhereQuery>) => {
    written.current = { ...written.current, ...patch };
    setSearch(whereToSearch(written.current), { replace: true });
  };
  const services = useResource(
    (signal) => listUsableServices(organisation.id, query, signal),
    [organisation.id, query],
  );
  const rows = byConnection(services.data ?? []);
  const question = describe(query, vocabulary);
  const directoryLink = `/directory?${new URLSearchParams({
    ...(query.currency ? { currency: query.currency } : {}),
    ...(query.country ? { country: query.country } : {}),
    ...(query.method
      ? { [query.direction === 'payout' ? 'payoutMethod' : 'paymentMethod']: query.method }
      : {}),
  }).toString()}`;

  return (
    <>
      <PageHeader
        title="Where can I take…"
        description={`Which of ${organisation.name}’s connections can take a method in a currency. Only services that are enabled and that the account has count.`}
      />
      <WhereFilters query={query} vocabulary={vocabulary} onChange={update} />
      <ErrorAlert error={services.error} />
      {services.loading && !services.data ? (
        <Loading label="Looking across connections…" />
      ) : rows.length === 0 ? (
        <EmptyState title={`No connection can take ${question}`}>
          <p>Switch the service on in a connection’s Services tab, or connect a provider that offers it.</p>
          <Link className="button button--primary" to={directoryLink}>
            Find a provider
          </Link>
        </EmptyState>
      ) : (
        <>
          <p className="directory-summary" aria-live="polite">
            {rows.length === 1 ? '1 connection' : `${rows.length} connections`} can take {question}
          </p>
          <div className="card card--flush">
            <table className={`table table--rows where-table ${services.loading ? 'is-refreshing' : ''}`}>
              <caption className="visually-hidden">Connections that can take {question}</caption>
              <thead>
                <tr>
                  <th scope="col">Connection</th>
                  <th scope="col">Environment</th>
                  <th scope="col">Services</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ first, items }) => (
                  <tr key={first.connectionId}>
                    <th scope="row" data-label="Connection">
                      <Link
                        to={`/connections/${encodeURIComponent(first.connectionId)}/services`}
                        className="provider-cell"
                      >
                        <ProviderLogo id={first.providerId} name={first.providerName} size="sm" />
                        <span>
                          {first.providerName}
                          {first.label && <span className="muted"> · {first.label}</span>}
                        </span>
                      </Link>
                    </th>
                    <td data-label="Environment">
                      <EnvironmentBadge environment={first.environment} />
                    </td>
                    <td data-label="Services">
                      <ul className="chips" aria-label={`Services of ${first.providerName}`}>
                        {items.map((item) => (
                          <li
                            key={`${item.direction}|${item.method}|${item.currency}|${item.flow ?? ''}`}
                            className="chip"
                          >
                            {item.methodName ?? item.method} · {item.currency}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** "payments by Cards in UAH (accounts in Ukraine)": the question in words, for the summary. */
function describe(query: WhereQuery, vocabulary: ReturnType<typeof useVocabulary>): string {
  const method = query.method ? (vocabulary.methodName.get(query.method) ?? query.method) : '';
  const what =
    query.direction === 'payout'
      ? 'payouts'
      : query.direction === 'payment'
        ? 'payments'
        : 'payments or payouts';
  const country = vocabulary.countries.find((c) => c.code === query.country)?.name ?? query.country;
  return [
    method ? (query.direction ? `${what} by ${method}` : method) : what,
    query.currency ? `in ${query.currency}` : '',
    country ? `(accounts in ${country})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
