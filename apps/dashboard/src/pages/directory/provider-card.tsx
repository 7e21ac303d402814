import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderSummary } from '../../api/types';
import { ProviderStatusBadge } from '../../components/badges';
import { ProviderLogo } from '../../components/provider-logo';
import { formatNumber, humanize } from '../../lib/format';

const TOP_METHODS = 3;

/** One provider in the directory grid; the whole card opens the overview. */
export const ProviderCard = memo(function ProviderCard({
  provider,
  methodNames,
  directorySearch,
}: {
  provider: ProviderSummary;
  methodNames: ReadonlyMap<string, string>;
  /** The directory's filters, so the overview's back link returns to the same view. */
  directorySearch: string;
}) {
  const { t } = useTranslation();
  const payout = provider.payoutMethods.filter((code) => !provider.paymentMethods.includes(code));
  const shown = [...provider.paymentMethods, ...payout].slice(0, TOP_METHODS);
  const more = Math.max(0, provider.paymentMethodCount + provider.payoutMethodCount - shown.length);
  return (
    <li className="provider-card">
      <Link
        className="provider-card__link"
        to={`/providers/${encodeURIComponent(provider.id)}`}
        state={{ directorySearch }}
      >
        {/* The name comes first in the DOM so the link is announced as "Stripe, Ready, …"; CSS places the badge. */}
        <ProviderLogo src={provider.logoUrl} name={provider.name} />
        <h2 className="provider-card__name">{provider.name}</h2>
        <span className="provider-card__status">
          <ProviderStatusBadge status={provider.status} />
        </span>
        {shown.length > 0 ? (
          <ul className="chips" aria-label={t('directory.card.topMethods')}>
            {shown.map((code) => (
              <li key={code} className="chip">
                {methodNames.get(code) ?? humanize(code)}
              </li>
            ))}
            {more > 0 && (
              <li className="chip chip--more">
                {t('directory.card.more', { count: more, more: formatNumber(more) })}
              </li>
            )}
          </ul>
        ) : (
          <p className="provider-card__empty">{t('directory.card.noMethods')}</p>
        )}
      </Link>
    </li>
  );
});

/** One provider in the compact list: name, status and how much it covers, on one line. */
export const ProviderRow = memo(function ProviderRow({
  provider,
  directorySearch,
}: {
  provider: ProviderSummary;
  directorySearch: string;
}) {
  const { t } = useTranslation();
  const facts = [
    t('directory.row.paymentMethods', {
      count: provider.paymentMethodCount,
      n: formatNumber(provider.paymentMethodCount),
    }),
    t('directory.row.payoutMethods', {
      count: provider.payoutMethodCount,
      n: formatNumber(provider.payoutMethodCount),
    }),
    provider.countryCount === undefined
      ? undefined
      : t('directory.row.countries', {
          count: provider.countryCount,
          n: formatNumber(provider.countryCount),
        }),
    provider.currencies === undefined
      ? undefined
      : t('directory.row.currencies', {
          count: provider.currencies.length,
          n: formatNumber(provider.currencies.length),
        }),
  ].filter((fact): fact is string => fact !== undefined);
  return (
    <li className="provider-row">
      <Link
        className="provider-row__link"
        to={`/providers/${encodeURIComponent(provider.id)}`}
        state={{ directorySearch }}
      >
        <ProviderLogo src={provider.logoUrl} name={provider.name} />
        <span className="provider-row__name">{provider.name}</span>
        <span className="provider-row__facts">{facts.join(' · ')}</span>
        <ProviderStatusBadge status={provider.status} />
      </Link>
    </li>
  );
});
