import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { listProviders } from '../../api/catalogue';
import type { ProviderSummary } from '../../api/types';
import { ProviderStatusBadge } from '../../components/badges';
import { ProviderLogo } from '../../components/provider-logo';
import { useDebouncedValue } from '../../lib/use-debounced-value';

const SUGGESTIONS = 5;
const DELAY_MS = 250;

/**
 * Directory entries matching the name being typed (the directory's own search), so a merchant
 * asking for "Stripe" learns it is ready and one asking for a listed provider requests that one.
 */
export function DirectorySuggestions({ name }: { name: string }) {
  const { t } = useTranslation();
  const query = useDebouncedValue(name.trim(), DELAY_MS);
  const [items, setItems] = useState<ProviderSummary[]>([]);
  useEffect(() => {
    if (query.length < 2) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    listProviders({ q: query, limit: SUGGESTIONS }, controller.signal)
      .then((page) => setItems(page.items))
      .catch(() => {
        // Suggestions are a help; without them the form still works.
      });
    return () => controller.abort();
  }, [query]);
  if (items.length === 0 || query.length < 2) return null;
  return (
    <section className="suggestions" aria-labelledby="suggestions-title" aria-live="polite">
      <h2 id="suggestions-title" className="suggestions__title">
        {t('suggestions.title')}
      </h2>
      <ul className="suggestions__list">
        {items.map((provider) => (
          <li key={provider.id} className="suggestions__item">
            <ProviderLogo src={provider.logoUrl} name={provider.name} size="sm" />
            <span className="suggestions__name">{provider.name}</span>
            <ProviderStatusBadge status={provider.status} />
            {provider.status === 'ready' ? (
              <Link
                className="button button--secondary button--small"
                to={`/providers/${encodeURIComponent(provider.id)}/connect`}
              >
                {t('provider.connect', { provider: provider.name })}
              </Link>
            ) : (
              <Link
                className="button button--secondary button--small"
                to={`/requests/new?provider=${encodeURIComponent(provider.id)}`}
              >
                {t('suggestions.request', { provider: provider.name })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
