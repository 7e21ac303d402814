import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderSummary } from '../api/types';
import { EmptyState } from '../components/alerts';
import { ProviderLogo } from '../components/provider-logo';

/** The session's providers as a searchable list of cards; choosing one opens its overview. */
export function ProviderPicker({
  providers,
  onPick,
}: {
  providers: ProviderSummary[];
  onPick: (provider: ProviderSummary) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase();
    return words === ''
      ? providers
      : providers.filter((p) => `${p.name} ${p.id} ${p.description}`.toLowerCase().includes(words));
  }, [providers, query]);
  return (
    <section className="connect-page__step" aria-labelledby="pick-title">
      <h1 id="pick-title" className="connect-page__title">
        {t('hostedConnect.picker.title')}
      </h1>
      {providers.length > 6 && (
        <label className="field">
          <span className="field__label">{t('hostedConnect.picker.search')}</span>
          <input
            className="input"
            type="search"
            value={query}
            placeholder={t('hostedConnect.picker.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      )}
      {shown.length === 0 ? (
        <EmptyState title={t('hostedConnect.picker.noMatch')}>
          {t('hostedConnect.picker.tryAnother')}
        </EmptyState>
      ) : (
        <ul className="connect-page__providers">
          {shown.map((provider) => (
            <li key={provider.id}>
              <button type="button" className="connect-page__provider" onClick={() => onPick(provider)}>
                <ProviderLogo src={provider.logoUrl} name={provider.name} />
                <span className="connect-page__provider-text">
                  <span className="connect-page__provider-name">{provider.name}</span>
                  <span className="muted">{provider.description}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
