import { useId, useState } from 'react';
import type { MethodInfo } from '../../api/types';
import { activeFilterCount, type DirectoryFilters } from '../../lib/directory-query';
import type { VocabularyView } from '../../lib/use-vocabulary';

interface Option {
  value: string;
  label: string;
}

/**
 * The directory's filters as native selects (keyboard and screen-reader friendly everywhere);
 * on a phone they fold behind a "Filters" button.
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
  // Only methods some provider offers: the vocabulary has hundreds that would match nothing.
  const methods = (list: MethodInfo[]) =>
    list
      .filter((m) => m.providers === undefined || m.providers > 0)
      .map((m) => ({ value: m.code, label: m.providers ? `${m.name} (${m.providers})` : m.name }));
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
          anyLabel="Any status"
          options={[
            { value: 'ready', label: 'Ready' },
            { value: 'not-ready', label: 'Not ready' },
          ]}
          onChange={(status) => onChange({ status: status as DirectoryFilters['status'] })}
        />
        <FilterSelect
          label="Payment method"
          value={filters.paymentMethod}
          anyLabel="Any payment method"
          options={methods(vocabulary.paymentMethods)}
          onChange={(paymentMethod) => onChange({ paymentMethod })}
        />
        <FilterSelect
          label="Payout method"
          value={filters.payoutMethod}
          anyLabel="Any payout method"
          options={methods(vocabulary.payoutMethods)}
          onChange={(payoutMethod) => onChange({ payoutMethod })}
        />
        <FilterSelect
          label="Currency"
          value={filters.currency}
          anyLabel="Any currency"
          options={vocabulary.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
          onChange={(currency) => onChange({ currency })}
        />
        <FilterSelect
          label="Country"
          value={filters.country}
          anyLabel="Any country"
          options={vocabulary.countries.map((c) => ({ value: c.code, label: c.name }))}
          onChange={(country) => onChange({ country })}
        />
        {count > 0 && (
          <button type="button" className="button button--ghost filters__clear" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}

function FilterSelect({
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  label: string;
  value: string;
  anyLabel: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  // A value from a shared link shows even before the vocabulary has loaded.
  const withCurrent =
    value && !options.some((option) => option.value === value)
      ? [{ value, label: value }, ...options]
      : options;
  return (
    <div className="filters__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {withCurrent.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
