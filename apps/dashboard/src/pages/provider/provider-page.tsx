import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getProvider } from '../../api/catalogue';
import type { ProviderDetail } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/alerts';
import { ProviderStatusBadge } from '../../components/badges';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { compareNames, displayName, environmentLabel } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../session/session-context';
import { useCan } from '../../session/use-can';
import { ChipList } from './chip-list';
import { ServicesTable } from './services-table';

// The markdown renderer is most of this page's code: the page shows first, the manual when it has loaded.
const Manual = lazy(() => import('./manual').then((module) => ({ default: module.Manual })));

/** Everything about one provider, and the way to connect it (or ask for it). */
export function ProviderPage() {
  const { t } = useTranslation();
  const { providerId = '' } = useParams();
  const provider = useResource((signal) => getProvider(providerId, signal), [providerId]);
  const session = useSession();
  const can = useCan();

  if (provider.loading && !provider.data) return <Loading label={t('provider.loading')} />;
  if (provider.error || !provider.data)
    return (
      <>
        <BackLink />
        <PageHeader title={t('provider.notFound')} />
        <ErrorAlert error={provider.error?.status === 404 ? t('provider.noSuchId') : provider.error} />
      </>
    );

  const p = provider.data;
  const ready = p.status === 'ready' && p.credentialForm !== null;
  // A signed-in viewer may look but not connect or request (the host refuses both).
  const mayConnect = session.status !== 'signed-in' || can('connections.manage_sandbox');
  const action = !mayConnect ? (
    <p className="muted">{t('provider.viewOnly', { provider: p.name })}</p>
  ) : ready ? (
    <Link
      className="button button--primary button--large"
      to={`/providers/${encodeURIComponent(p.id)}/connect`}
    >
      {t('provider.connect', { provider: p.name })}
    </Link>
  ) : (
    <Link
      className="button button--primary button--large"
      to={`/requests/new?provider=${encodeURIComponent(p.id)}`}
    >
      {t('directory.requestConnection')}
    </Link>
  );
  return (
    <>
      <BackLink />
      <PageHeader
        title={p.name}
        leading={<ProviderLogo src={p.logoUrl} name={p.name} size="lg" />}
        description={<Links provider={p} />}
        actions={action}
      />
      {p.description && (
        <p className="lead" lang="en">
          {p.description}
        </p>
      )}
      {!ready && <div className="alert alert--info">{t('provider.notReady', { provider: p.name })}</div>}
      <div className="overview">
        <div className="overview__main">
          <Section title={t('provider.services')}>
            {p.paymentServices.length + p.payoutServices.length === 0 ? (
              <p className="muted">{t('provider.noServices')}</p>
            ) : (
              <>
                <ServicesTable caption={t('provider.paymentServices')} services={p.paymentServices} />
                <ServicesTable caption={t('provider.payoutServices')} services={p.payoutServices} />
              </>
            )}
          </Section>
          <Section title={t('provider.manual')} id="manual">
            {p.manual ? (
              <Suspense fallback={<Loading label={t('provider.loadingManual')} />}>
                <Manual markdown={p.manual} />
              </Suspense>
            ) : (
              <p className="muted">{t('provider.noManual')}</p>
            )}
          </Section>
        </div>
        <div className="overview__side">
          <Facts provider={p} />
        </div>
      </div>
    </>
  );
}

function Links({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <ProviderStatusBadge status={provider.status} />
      {provider.website && (
        <a className="page-header__link" href={provider.website} target="_blank" rel="noopener noreferrer">
          {provider.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </a>
      )}
      {provider.docsUrl && (
        <a className="page-header__link" href={provider.docsUrl} target="_blank" rel="noopener noreferrer">
          {t('provider.apiDocs')}
        </a>
      )}
    </>
  );
}

function Facts({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation();
  const names = (list: { name: string }[]) => list.map((item) => item.name);
  return (
    <>
      <Section title={t('filters.paymentMethods')} small>
        <ChipList label={t('filters.paymentMethods')} items={names(provider.paymentMethods)} />
      </Section>
      <Section title={t('filters.payoutMethods')} small>
        <ChipList label={t('filters.payoutMethods')} items={names(provider.payoutMethods)} />
      </Section>
      <Section title={t('filters.countries')} small>
        <ChipList
          label={t('filters.countries')}
          items={provider.countries
            .map((country) => displayName('region', country.code, country.name))
            .sort(compareNames)}
        />
      </Section>
      {provider.environments.length > 0 && (
        <Section title={t('provider.environments')} small>
          <ul className="plain-list">
            {provider.environments.map((environment) => (
              <li key={environment.name}>
                <strong>{environmentLabel(environment.name)}</strong>
                {environment.label && <span className="muted"> · {environment.label}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function Section({
  title,
  small,
  id,
  children,
}: {
  title: string;
  small?: boolean;
  id?: string;
  children: ReactNode;
}) {
  return (
    <section className={`card section ${small ? 'section--small' : ''}`} id={id}>
      <h2 className="section__title">{title}</h2>
      {children}
    </section>
  );
}

/** Back to the directory, with the filters the person came from. */
function BackLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const from = (location.state as { directorySearch?: string } | null)?.directorySearch;
  return (
    <Link className="back-link" to={`/directory${from ? `?${from}` : ''}`}>
      {t('provider.back')}
    </Link>
  );
}
