import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderDetail } from '../api/types';
import { Loading } from '../components/alerts';
import { ProviderLogo } from '../components/provider-logo';

const Manual = lazy(() => import('../pages/provider/manual').then((module) => ({ default: module.Manual })));

/** A provider's overview and integration manual, then on to the credentials. */
export function ProviderOverview({
  provider,
  onContinue,
  onBack,
}: {
  provider: ProviderDetail;
  onContinue: () => void;
  onBack?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="connect-page__step" aria-labelledby="overview-title">
      <div className="connect-page__heading">
        <ProviderLogo src={provider.logoUrl} name={provider.name} size="lg" />
        <h1 id="overview-title" className="connect-page__title">
          {provider.name}
        </h1>
      </div>
      {provider.description && <p className="lead">{provider.description}</p>}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('hostedConnect.overview.continue')}
        </button>
        {onBack && (
          <button type="button" className="button button--ghost" onClick={onBack}>
            {t('hostedConnect.overview.chooseAnother')}
          </button>
        )}
      </div>
      <details className="card section connect-page__manual">
        <summary className="section__title">{t('hostedConnect.overview.manual')}</summary>
        {provider.manual ? (
          <Suspense fallback={<Loading label={t('provider.loadingManual')} />}>
            <Manual markdown={provider.manual} />
          </Suspense>
        ) : (
          <p className="muted">{t('provider.noManual')}</p>
        )}
      </details>
    </section>
  );
}
