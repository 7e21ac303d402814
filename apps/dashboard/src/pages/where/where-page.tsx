import type { TFunction } from 'i18next';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listUsableServices } from '../../api/services';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { EnvironmentBadge } from '../../components/badges';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { formatNumber } from '../../lib/format';
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
  const { t } = useTranslation();
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
  const question = describe(query, vocabulary, t);
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
        title={t('where.title')}
        description={t('where.description', { organisation: organisation.name })}
      />
      <WhereFilters query={query} vocabulary={vocabulary} onChange={update} />
      <ErrorAlert error={services.error} />
      {services.loading && !services.data ? (
        <Loading label={t('where.looking')} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('where.noneTitle', { question })}>
          <p>{t('where.noneText')}</p>
          <Link className="button button--primary" to={directoryLink}>
            {t('where.findProvider')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <p className="directory-summary" aria-live="polite">
            {t('where.summary', { count: rows.length, total: formatNumber(rows.length), question })}
          </p>
          <div className="card card--flush">
            <table className={`table table--rows where-table ${services.loading ? 'is-refreshing' : ''}`}>
              <caption className="visually-hidden">{t('where.caption', { question })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('where.columns.connection')}</th>
                  <th scope="col">{t('where.columns.environment')}</th>
                  <th scope="col">{t('where.columns.services')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ first, items }) => (
                  <tr key={first.connectionId}>
                    <th scope="row" data-label={t('where.columns.connection')}>
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
                    <td data-label={t('where.columns.environment')}>
                      <EnvironmentBadge environment={first.environment} />
                    </td>
                    <td data-label={t('where.columns.services')}>
                      <ul
                        className="chips"
                        aria-label={t('where.servicesOf', { provider: first.providerName })}
                      >
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

/**
 * "payments by Cards in UAH (accounts in Ukraine)": the question in words, for the summary. Each
 * part is a message of its own (the parts come and go with the filters), in the same order in both
 * languages; method and country names are the catalogue's.
 */
function describe(query: WhereQuery, vocabulary: ReturnType<typeof useVocabulary>, t: TFunction): string {
  const method = query.method ? (vocabulary.methodName.get(query.method) ?? query.method) : '';
  const what =
    query.direction === 'payout'
      ? t('where.question.payouts')
      : query.direction === 'payment'
        ? t('where.question.payments')
        : t('where.question.paymentsOrPayouts');
  const country = vocabulary.countries.find((c) => c.code === query.country)?.name ?? query.country;
  return [
    method ? (query.direction ? t('where.question.byMethod', { what, method }) : method) : what,
    query.currency ? t('where.question.inCurrency', { currency: query.currency }) : '',
    country ? t('where.question.inCountry', { country }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
