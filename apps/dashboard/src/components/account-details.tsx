import type { VerifiedAccount } from '../api/types';
import { humanize } from '../lib/format';

const LABELS: Record<string, string> = {
  id: 'Account ID',
  name: 'Account name',
  livemode: 'Mode',
  email: 'E-mail',
  country: 'Country',
};

/** The provider account a verify found, as a definition list. */
export function AccountDetails({ account }: { account: VerifiedAccount | null | undefined }) {
  const entries = Object.entries(account ?? {}).filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  if (entries.length === 0)
    return <p className="muted">The provider confirmed the credentials but shared no account details.</p>;
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

function display(key: string, value: unknown): string {
  if (key === 'livemode' && typeof value === 'boolean') return value ? 'Live' : 'Test';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
