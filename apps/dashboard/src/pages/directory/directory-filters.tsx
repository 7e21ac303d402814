import { useId, useMemo, useState } from 'react';
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
    <section className="filters" aria-label="Filters">
      <button
        type="button"
        className="button button--secondary filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Filters{count > 0 ? ` (${count})` : ''}
      </button>
      <div id={panelId} className={`filters__panel ${open ? 'filters__panel--open' : ''}`}>
        <FilterSelect
          label="Status"
          value={filters.status}
          options={[
            { value: '', label: 'Any' },
            { value: 'ready', label: 'Ready' },
            { value: 'not-ready', label: 'Not ready' },
          ]}
          onChange={(status) => onChange({ status: status as DirectoryFilters['status'] })}
        />
        <FilterSelect
          label="Direction"
          value={filters.direction}
          options={[
            { value: '', label: 'Any' },
            { value: 'payment', label: 'Payments' },
            { value: 'payout', label: 'Payouts' },
          ]}
          onChange={(direction) => onChange({ direction: direction as DirectoryFilters['direction'] })}
        />
        <MultiCombobox
          label="Payment methods"
          options={options.payment}
          selected={filters.paymentMethod}
          onChange={(paymentMethod) => onChange({ paymentMethod })}
        />
        <MultiCombobox
          label="Payout methods"
          options={options.payout}
          selected={filters.payoutMethod}
          onChange={(payoutMethod) => onChange({ payoutMethod })}
        />
        <MultiCombobox
          label="Currencies"
          options={options.currency}
          selected={filters.currency}
          onChange={(currency) => onChange({ currency })}
        />
        <MultiCombobox
          label="Countries"
          options={options.country}
          selected={filters.country}
          onChange={(country) => onChange({ country })}
        />
        <p className="filters__source muted">
          Methods, currencies and countries come from the OpenFinTech catalogue; the ones most providers here
          offer are listed first.
          {count > 0 && (
            <button type="button" className="button button--ghost filters__clear" onClick={onClear}>
              Clear filters ({count})
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
