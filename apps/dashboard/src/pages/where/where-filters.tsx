import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  // Only methods some provider offers: the vocabulary has hundreds that no connection could take.
  const offered = (list: MethodInfo[]) => list.filter((m) => m.providers === undefined || m.providers > 0);
  const methodGroups = [
    ...(query.direction !== 'payout'
      ? [{ key: 'payment', label: t('filters.paymentMethods'), items: offered(vocabulary.paymentMethods) }]
      : []),
    ...(query.direction !== 'payment'
      ? [{ key: 'payout', label: t('filters.payoutMethods'), items: offered(vocabulary.payoutMethods) }]
      : []),
  ];
  return (
    <section className="where-filters" aria-label={t('where.filters.label')}>
      <Select
        label={t('filters.direction')}
        value={query.direction}
        onChange={(value) => {
          const direction = value as WhereQuery['direction'];
          // A method of the other direction would match nothing: let it go with the direction.
          const methods = direction === 'payout' ? vocabulary.payoutMethods : vocabulary.paymentMethods;
          const keep = direction === '' || methods.some((m) => m.code === query.method);
          onChange({ direction, ...(keep ? {} : { method: '' }) });
        }}
      >
        <option value="">{t('where.filters.paymentsOrPayouts')}</option>
        <option value="payment">{t('filters.payments')}</option>
        <option value="payout">{t('filters.payouts')}</option>
      </Select>
      <Select
        label={t('where.filters.method')}
        value={query.method}
        onChange={(method) => onChange({ method })}
      >
        <option value="">{t('where.filters.anyMethod')}</option>
        {query.method && !methodGroups.some((g) => g.items.some((m) => m.code === query.method)) && (
          <option value={query.method}>{vocabulary.methodName.get(query.method) ?? query.method}</option>
        )}
        {methodGroups.map((group) => (
          <optgroup key={group.key} label={group.label}>
            {group.items.map((method) => (
              <option key={method.code} value={method.code}>
                {method.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <Select
        label={t('where.filters.currency')}
        value={query.currency}
        onChange={(currency) => onChange({ currency })}
      >
        <option value="">{t('where.filters.anyCurrency')}</option>
        {query.currency && !vocabulary.currencies.some((c) => c.code === query.currency) && (
          <option value={query.currency}>{query.currency}</option>
        )}
        {vocabulary.currencies.map((currency) => (
          <option key={currency.code} value={currency.code}>
            {currency.code} · {currency.name}
          </option>
        ))}
      </Select>
      <Select
        label={t('where.filters.country')}
        value={query.country}
        onChange={(country) => onChange({ country })}
      >
        <option value="">{t('where.filters.anyCountry')}</option>
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
