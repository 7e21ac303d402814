import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorAlert } from '../../components/alerts';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { formatNumber } from '../../lib/format';
import {
  type DirectoryFilters,
  EMPTY_FILTERS,
  filtersToSearch,
  parseFilters,
} from '../../lib/directory-query';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useVocabulary } from '../../lib/use-vocabulary';
import { useSession } from '../../session/session-context';
import { DirectoryFilterBar } from './directory-filters';
import { ProviderCard, ProviderRow } from './provider-card';
import { useDirectory } from './use-directory';

const SEARCH_DELAY_MS = 250;
const VIEW_KEY = 'paycore.directory-view';

type View = 'cards' | 'list';

/** The cards or the compact list, remembered on this device. */
function useView(): [View, (view: View) => void] {
  const [view, setView] = useState<View>(() => {
    try {
      return localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'cards';
    } catch {
      return 'cards';
    }
  });
  return [
    view,
    (next) => {
      setView(next);
      try {
        localStorage.setItem(VIEW_KEY, next);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this page only.
      }
    },
  ];
}

/** "New connection": every provider, searchable and filterable, with the filters in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parseFilters(search), [search]);
  const [text, setText] = useState(filters.q);
  const debouncedText = useDebouncedValue(text, SEARCH_DELAY_MS);
  const vocabulary = useVocabulary();
  const signedIn = useSession().status === 'signed-in';
  const searchId = useId();
  const [view, setView] = useView();

  // The filters last written to the URL. The router applies writes asynchronously, so two quick
  // changes (a status, then a currency) must build on this, not on the last render's URL.
  const written = useRef(filters);
  const write = (next: DirectoryFilters, replace = false) => {
    written.current = next;
    setSearch(filtersToSearch(next), { replace });
  };

  // Typing updates the URL once the person pauses, replacing the entry so Back leaves the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the typed text settles
  useEffect(() => {
    if (debouncedText.trim() !== written.current.q.trim())
      write({ ...written.current, q: debouncedText }, true);
  }, [debouncedText]);

  // The URL changed by itself (Back/forward, a pasted link, a nav click): follow it.
  const queryKey = filtersToSearch(filters).toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the URL's filters change
  useEffect(() => {
    if (queryKey === filtersToSearch(written.current).toString()) return;
    written.current = filters;
    setText(filters.q);
  }, [queryKey]);

  // The same object while the URL asks the same question, so unrelated re-renders do not refetch.
  const query = useMemo(() => parseFilters(new URLSearchParams(queryKey)), [queryKey]);
  const results = useDirectory(query);

  const update = (patch: Partial<DirectoryFilters>) => write({ ...written.current, ...patch, q: text });
  const clear = () => {
    setText('');
    write(EMPTY_FILTERS);
  };

  const summary =
    results.total === undefined
      ? t('directory.loading')
      : filters.q
        ? t('directory.countMatching', {
            count: results.total,
            total: formatNumber(results.total),
            query: filters.q,
          })
        : t('directory.count', { count: results.total, total: formatNumber(results.total) });

  return (
    <>
      <PageHeader
        title={signedIn ? t('directory.titleSignedIn') : t('directory.titlePublic')}
        description={t('directory.description')}
      />
      <div className="directory-search">
        <label htmlFor={searchId} className="visually-hidden">
          {t('directory.searchLabel')}
        </label>
        <span className="directory-search__icon">
          <Icon name="search" size={20} />
        </span>
        <input
          id={searchId}
          type="search"
          className="input directory-search__input"
          placeholder={t('directory.searchPlaceholder')}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <DirectoryFilterBar filters={filters} vocabulary={vocabulary} onChange={update} onClear={clear} />
      <div className="directory-summary">
        <p aria-live="polite" aria-atomic="true">
          {summary}
        </p>
        <fieldset className="view-switch">
          <legend className="visually-hidden">{t('directory.viewLegend')}</legend>
          {(['cards', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="view-switch__button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {option === 'cards' ? t('directory.viewCards') : t('directory.viewList')}
            </button>
          ))}
        </fieldset>
      </div>
      <ErrorAlert error={results.error} />
      {results.error && (
        <button type="button" className="button button--secondary" onClick={results.retry}>
          {t('common.tryAgain')}
        </button>
      )}
      {results.total === 0 && !results.loading ? (
        <EmptyState title={t('directory.emptyTitle')}>
          <p>{t('directory.emptyText')}</p>
          <div className="row">
            <button type="button" className="button button--secondary" onClick={clear}>
              {t('directory.clearFilters')}
            </button>
            <Link className="button button--primary" to={requestLink(filters.q)}>
              {t('directory.requestProvider')}
            </Link>
          </div>
        </EmptyState>
      ) : (
        <ul
          className={`${view === 'list' ? 'provider-list' : 'provider-grid'} ${results.loading && results.items.length > 0 ? 'is-refreshing' : ''}`}
          aria-busy={results.loading}
        >
          {results.items.map((provider) =>
            view === 'list' ? (
              <ProviderRow key={provider.id} provider={provider} directorySearch={queryKey} />
            ) : (
              <ProviderCard
                key={provider.id}
                provider={provider}
                methodNames={vocabulary.methodName}
                directorySearch={queryKey}
              />
            ),
          )}
          {results.loading && results.items.length === 0 && <SkeletonCards />}
        </ul>
      )}
      {results.hasMore && (
        <div className="directory-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={results.loadMore}
            disabled={results.loading}
          >
            {results.loading
              ? t('common.loading')
              : t('directory.showMore', {
                  shown: formatNumber(results.items.length),
                  total: formatNumber(results.total ?? 0),
                })}
          </button>
        </div>
      )}
      <aside className="callout" aria-labelledby="cant-find">
        <div>
          <h2 id="cant-find" className="callout__title">
            {t('directory.cantFindTitle')}
          </h2>
          <p className="muted">{t('directory.cantFindText')}</p>
        </div>
        <Link className="button button--secondary" to={requestLink(filters.q)}>
          {t('directory.requestConnection')}
        </Link>
      </aside>
    </>
  );
}

function requestLink(q: string): string {
  return q.trim() ? `/requests/new?name=${encodeURIComponent(q.trim())}` : '/requests/new';
}

function SkeletonCards() {
  return (
    <>
      {Array.from({ length: 12 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <li key={index} className="provider-card provider-card--skeleton" aria-hidden="true" />
      ))}
    </>
  );
}
