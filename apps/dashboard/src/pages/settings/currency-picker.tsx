import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyInfo } from '../../api/types';
import { formatNumber } from '../../lib/format';

/** Enabled currencies: a filterable list of checkboxes, the chosen ones listed first. */
export function CurrencyPicker({
  currencies,
  selected,
  locked,
  onChange,
}: {
  /** `englishName`: the catalogue's name, also matched when the list is in another language. */
  currencies: (Pick<CurrencyInfo, 'code' | 'name'> & { englishName?: string })[];
  selected: string[];
  /** The default currency: always enabled. */
  locked: string;
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const chosen = new Set(selected);
  const needle = filter.trim().toLowerCase();
  const visible = currencies
    .filter(
      (c) =>
        needle === '' ||
        [c.code, c.name, c.englishName ?? ''].some((text) => text.toLowerCase().includes(needle)),
    )
    .sort((a, b) => Number(chosen.has(b.code)) - Number(chosen.has(a.code)) || a.code.localeCompare(b.code));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code].sort() : selected.filter((value) => value !== code));
  return (
    <fieldset className="currency-picker">
      <legend className="field__label">{t('currencyPicker.legend')}</legend>
      <p className="field__hint">
        {t('currencyPicker.enabled', {
          count: selected.length,
          n: formatNumber(selected.length),
          codes: selected.join(', ') || t('currencyPicker.none'),
        })}
      </p>
      <label htmlFor={filterId} className="visually-hidden">
        {t('currencyPicker.findLabel')}
      </label>
      <input
        id={filterId}
        type="search"
        className="input"
        placeholder={t('currencyPicker.findPlaceholder')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul className="currency-picker__list">
        {visible.map((currency) => (
          <li key={currency.code}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(currency.code)}
                disabled={currency.code === locked}
                onChange={(event) => toggle(currency.code, event.target.checked)}
              />
              <span className="code">{currency.code}</span>
              <span className="muted">{currency.name}</span>
            </label>
          </li>
        ))}
        {visible.length === 0 && <li className="muted">{t('currencyPicker.noMatch', { filter })}</li>}
      </ul>
    </fieldset>
  );
}
