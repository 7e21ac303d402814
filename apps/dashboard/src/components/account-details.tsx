import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Environment, VerifiedAccount } from '../api/types';
import { humanize } from '../lib/format';
import { useVocabulary } from '../lib/use-vocabulary';

// Labels for the details PayCore knows; the order is who the account is first.
const LABELS: Record<string, () => string> = {
  name: () => i18next.t('account.name'),
  id: () => i18next.t('account.id'),
  livemode: () => i18next.t('account.mode'),
  country: () => i18next.t('account.country'),
  email: () => i18next.t('auth.email'),
  defaultCurrency: () => i18next.t('account.defaultCurrency'),
  currencies: () => i18next.t('filters.currencies'),
};
// Who the account is first; other details the provider shared follow in its order.
const ORDER = Object.keys(LABELS);

/**
 * The provider account a verify found, as a definition list: name, id, mode (from `livemode`, or
 * the connection's environment when the provider does not say), country and currencies by name.
 */
export function AccountDetails({
  account,
  environment,
}: {
  account: VerifiedAccount | null | undefined;
  environment?: Environment;
}) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const details: Record<string, unknown> = { ...account };
  if (details.livemode === undefined && environment) details.livemode = environment === 'live';
  const entries = Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0 || (entries.length === 1 && entries[0]?.[0] === 'livemode'))
    return <p className="muted">{t('account.noDetails')}</p>;
  const country = (code: string) => vocabulary.countries.find((c) => c.code === code)?.name;
  const currency = (code: string) => vocabulary.currencies.find((c) => c.code === code)?.name;
  const display = (key: string, value: unknown) => {
    if (key === 'livemode' && typeof value === 'boolean')
      return value ? t('format.environment.live') : t('account.test');
    if (key === 'country' && typeof value === 'string') return country(value) ?? value;
    if (key === 'id') return <span className="code">{String(value)}</span>;
    if (key === 'defaultCurrency' && typeof value === 'string') {
      const name = currency(value);
      return name ? `${value} · ${name}` : value;
    }
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  };
  return (
    <dl className="details">
      {entries.map(([key, value]) => (
        <div key={key} className="details__row">
          <dt>{LABELS[key]?.() ?? humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}</dt>
          <dd>{display(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function rank(key: string): number {
  const index = ORDER.indexOf(key);
  return index === -1 ? ORDER.length : index;
}
