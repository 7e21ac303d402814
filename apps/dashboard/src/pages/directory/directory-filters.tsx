import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MultiCombobox } from '../../components/multi-combobox';
import { activeFilterCount, type DirectoryFilters } from '../../lib/directory-query';
import { countryOptions, currencyOptions, methodOptions } from '../../lib/filter-options';
import type { VocabularyView } from '../../lib/use-vocabulary';

/**
 * The directory's filters: status and direction as native selects, methods, currencies and
 * countries as searchable multi-select comboboxes; on a phone they fold behind a "Filters" button.
 */
export function DirectoryFilterBar({
  filters,
  vocabulary,
  onChange,
  onClear,
}: {
  filters: DirectoryFilters;
  vocabulary: VocabularyView;
  onChange: (patch: Partial<DirectoryFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  const panelId = useId();
  const options = useMemo(
    () => ({
      payment: methodOptions(vocabulary.paymentMethods),
      payout: methodOptions(vocabulary.payoutMethods),
      currency: currencyOptions(vocabulary.currencies),
      country: countryOptions(vocabulary.countries),
    }),
    [vocabulary],
  );
  return (
    <section className="filters" aria-label={t('filters.label')}>
      <button
        type="button"
        className="button button--secondary filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {count > 0 ? t('filters.toggleCount', { count }) : t('filters.label')}
      </button>
      <div id={panelId} className={`filters__panel ${open ? 'filters__panel--open' : ''}`}>
        <FilterSelect
          label={t('filters.status')}
          value={filters.status}
          options={[
            { value: '', label: t('filters.any') },
            { value: 'ready', label: t('badges.ready') },
            { value: 'not-ready', label: t('badges.notReady') },
          ]}
          onChange={(status) => onChange({ status: status as DirectoryFilters['status'] })}
        />
        <FilterSelect
          label={t('filters.direction')}
          value={filters.direction}
          options={[
            { value: '', label: t('filters.any') },
            { value: 'payment', label: t('filters.payments') },
            { value: 'payout', label: t('filters.payouts') },
          ]}
          onChange={(direction) => onChange({ direction: direction as DirectoryFilters['direction'] })}
        />
        <MultiCombobox
          label={t('filters.paymentMethods')}
          options={options.payment}
          selected={filters.paymentMethod}
          onChange={(paymentMethod) => onChange({ paymentMethod })}
        />
        <MultiCombobox
          label={t('filters.payoutMethods')}
          options={options.payout}
          selected={filters.payoutMethod}
          onChange={(payoutMethod) => onChange({ payoutMethod })}
        />
        <MultiCombobox
          label={t('filters.currencies')}
          options={options.currency}
          selected={filters.currency}
          onChange={(currency) => onChange({ currency })}
        />
        <MultiCombobox
          label={t('filters.countries')}
          options={options.country}
          selected={filters.country}
          onChange={(country) => onChange({ country })}
        />
        <p className="filters__source muted">
          {t('filters.source')}
          {count > 0 && (
            <button type="button" className="button button--ghost filters__clear" onClick={onClear}>
              {t('filters.clearCount', { count })}
            </button>
          )}
        </p>
      </div>
    </section>
  );
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filters__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
