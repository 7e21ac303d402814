import { useId } from 'react';
import type { MethodInfo } from '../../api/types';
import type { VocabularyView } from '../../lib/use-vocabulary';
import type { WhereQuery } from '../../lib/where-query';

/** The question's four parts as native selects; any part can be left open. */
export function WhereFilters({
  query,
  vocabulary,
  onChange,
}: {
  query: WhereQuery;
  vocabulary: VocabularyView;
  onChange: (patch: Partial<WhereQuery>) => void;
}) {
  // Only methods some provider offers: the vocabulary has hundreds that no connection could take.
  const offered = (list: MethodInfo[]) => list.filter((m) => m.providers === undefined || m.providers > 0);
  const methodGroups = [
    ...(query.direction !== 'payout'
      ? [{ label: 'Payment methods', items: offered(vocabulary.paymentMethods) }]
      : []),
    ...(query.direction !== 'payment'
      ? [{ label: 'Payout methods', items: offered(vocabulary.payoutMethods) }]
      : []),
  ];
  return (
    <section className="where-filters" aria-label="Question">
      <Select
        label="Direction"
        value={query.direction}
        onChange={(value) => {
          const direction = value as WhereQuery['direction'];
          // A method of the other direction would match nothing: let it go with the direction.
          const methods = direction === 'payout' ? vocabulary.payoutMethods : vocabulary.paymentMethods;
          const keep = direction === '' || methods.some((m) => m.code === query.method);
          onChange({ direction, ...(keep ? {} : { method: '' }) });
        }}
      >
        <option value="">Payments or payouts</option>
        <option value="payment">Payments</option>
        <option value="payout">Payouts</option>
      </Select>
      <Select label="Method" value={query.method} onChange={(method) => onChange({ method })}>
        <option value="">Any method</option>
        {query.method && !methodGroups.some((g) => g.items.some((m) => m.code === query.method)) && (
          <option value={query.method}>{vocabulary.methodName.get(query.method) ?? query.method}</option>
        )}
        {methodGroups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.items.map((method) => (
              <option key={method.code} value={method.code}>
                {method.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <Select label="Currency" value={query.currency} onChange={(currency) => onChange({ currency })}>
        <option value="">Any currency</option>
        {query.currency && !vocabulary.currencies.some((c) => c.code === query.currency) && (
          <option value={query.currency}>{query.currency}</option>
        )}
        {vocabulary.currencies.map((currency) => (
          <option key={currency.code} value={currency.code}>
            {currency.code} · {currency.name}
          </option>
        ))}
      </Select>
      <Select label="Country" value={query.country} onChange={(country) => onChange({ country })}>
        <option value="">Any country</option>
        {query.country && !vocabulary.countries.some((c) => c.code === query.country) && (
          <option value={query.country}>{query.country}</option>
        )}
        {vocabulary.countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </Select>
    </section>
  );
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="filters__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
