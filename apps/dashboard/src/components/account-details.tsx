import type { Environment, VerifiedAccount } from '../api/types';
import { humanize } from '../lib/format';
import { useVocabulary } from '../lib/use-vocabulary';

const LABELS: Record<string, string> = {
  name: 'Account name',
  id: 'Account ID',
  livemode: 'Mode',
  country: 'Country',
  email: 'E-mail',
  defaultCurrency: 'Default currency',
  currencies: 'Currencies',
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
  const vocabulary = useVocabulary();
  const details: Record<string, unknown> = { ...account };
  if (details.livemode === undefined && environment) details.livemode = environment === 'live';
  const entries = Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0 || (entries.length === 1 && entries[0]?.[0] === 'livemode'))
    return <p className="muted">The provider confirmed the credentials but shared no account details.</p>;
  const country = (code: string) => vocabulary.countries.find((c) => c.code === code)?.name;
  const currency = (code: string) => vocabulary.currencies.find((c) => c.code === code)?.name;
  const display = (key: string, value: unknown) => {
    if (key === 'livemode' && typeof value === 'boolean') return value ? 'Live' : 'Test';
    if (key === 'country' && typeof value === 'string') return country(value) ?? value;
    if (key === 'id') return <span className="code">{String(value)}</span>;
    if (key === 'defaultCurrency' && typeof value === 'string') {
      const name = currency(value);
      return name ? `${value} · ${name}` : value;
    }
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  };
  return (
    <dl className="details">
      {entries.map(([key, value]) => (
        <div key={key} className="details__row">
          <dt>{LABELS[key] ?? humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}</dt>
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
