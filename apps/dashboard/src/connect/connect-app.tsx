import i18next from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { getProvider } from '../api/catalogue';
import type { ProviderDetail, ProviderSummary } from '../api/types';
import { ErrorAlert, Loading } from '../components/alerts';
import { type BridgeEvent, embedding, postToPlatform } from './bridge';
import { type ConnectSessionResult, type ConnectSessionView, connectApi } from './connect-api';
import { CredentialsStep } from './credentials-step';
import { ProviderOverview } from './provider-overview';
import { ProviderPicker } from './provider-picker';
import { applyBrand } from './brand';
import { forgetToken } from './token';

type Step =
  | { kind: 'pick' }
  | { kind: 'overview'; provider: ProviderDetail }
  | { kind: 'credentials'; provider: ProviderDetail }
  | { kind: 'done'; result: ConnectSessionResult };

/** The hosted connect page: directory → overview with the manual → credentials → check → confirm. */
export function ConnectApp({ sessionId, token }: { sessionId: string; token: string | undefined }) {
  const { t } = useTranslation();
  const { mode, platform } = useMemo(() => embedding(window), []);
  const [session, setSession] = useState<ConnectSessionView | undefined>();
  const [problem, setProblem] = useState<ApiError | string | undefined>();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [loadingProvider, setLoadingProvider] = useState(false);
  const origins = useRef<string[]>([]);
  const tell = useCallback(
    (event: BridgeEvent) => postToPlatform(platform, origins.current, sessionId, event),
    [platform, sessionId],
  );
  // Before the session is read nobody is known to tell (origins are empty); after, the platform
  // learns that the flow cannot go on and can make a new session.
  const calls = useMemo(
    () =>
      connectApi(token ?? '', (error) => {
        forgetToken(sessionStorage, sessionId);
        tell({ type: 'error', code: 'session_unusable', message: error.message });
      }),
    [token, sessionId, tell],
  );

  const openProvider = useCallback(async (id: string, next: 'overview' | 'credentials') => {
    setLoadingProvider(true);
    setProblem(undefined);
    try {
      const provider = await getProvider(id);
      setStep({ kind: next, provider });
    } catch (error) {
      setProblem(error instanceof ApiError ? error : String(error));
    } finally {
      setLoadingProvider(false);
    }
  }, []);

  useEffect(() => {
    // The static <title> is English; until the session names the organisation, say it in the
    // language in effect. (i18next.t: the page has no language switch, so the effect need not
    // depend on the hook's t.)
    document.title = i18next.t('hostedConnect.title');
    if (!token) {
      setProblem(i18next.t('hostedConnect.noToken'));
      return;
    }
    calls.session().then(
      (view) => {
        origins.current = view.allowedOrigins;
        applyBrand(document.documentElement, view.organisation.brand);
        document.title = i18next.t('hostedConnect.documentTitle', { organisation: view.organisation.name });
        setSession(view);
        tell({ type: 'ready' });
        if (view.reconnect) void openProvider(view.reconnect.providerId, 'credentials');
        else if (view.providers.length === 1) void openProvider(view.providers[0]!.id, 'overview');
      },
      (error: unknown) => setProblem(error instanceof ApiError ? error : String(error)),
    );
  }, [calls, token, tell, openProvider]);

  const connected = (result: ConnectSessionResult) => {
    forgetToken(sessionStorage, sessionId);
    setStep({ kind: 'done', result });
    const { id, providerId, environment } = result.connection;
    tell({ type: 'connected', connectionId: id, providerId, environment });
    // The platform's page shows what comes next: a popup has done its job.
    if (mode === 'popup') window.close();
    else if (mode === 'page' && result.returnUrl) window.location.replace(result.returnUrl);
  };
  const close = () => {
    tell({ type: 'closed' });
    if (mode === 'popup') window.close();
  };

  if (!session)
    return (
      <Shell
        brandName={undefined}
        logo={undefined}
        endUser={undefined}
        onClose={mode === 'page' ? undefined : close}
      >
        {problem ? <ErrorAlert title={t('hostedConnect.unusable')} error={problem} /> : <Loading />}
      </Shell>
    );

  const endUser = session.endUser.displayName ?? session.endUser.email ?? session.endUser.id;
  const multiple = session.providers.length > 1 && !session.reconnect;
  const environmentsOf = (provider: ProviderDetail) =>
    session.reconnect
      ? [session.reconnect.environment]
      : session.environments.filter((env) => provider.environments.some((e) => e.name === env));
  return (
    <Shell
      brandName={session.organisation.name}
      logo={session.organisation.brand?.logo}
      endUser={endUser}
      onClose={mode === 'page' ? undefined : close}
    >
      <ErrorAlert error={problem} />
      {loadingProvider && <Loading label={t('hostedConnect.loadingProvider')} />}
      {step.kind === 'pick' && !loadingProvider && (
        <ProviderPicker
          providers={session.providers}
          onPick={(provider: ProviderSummary) => void openProvider(provider.id, 'overview')}
        />
      )}
      {step.kind === 'overview' && (
        <ProviderOverview
          provider={step.provider}
          onContinue={() => setStep({ kind: 'credentials', provider: step.provider })}
          onBack={multiple ? () => setStep({ kind: 'pick' }) : undefined}
        />
      )}
      {step.kind === 'credentials' && (
        <CredentialsStep
          provider={step.provider}
          calls={calls}
          environments={environmentsOf(step.provider)}
          reconnecting={session.reconnect !== null}
          onConnected={connected}
          onBack={
            session.reconnect ? undefined : () => setStep({ kind: 'overview', provider: step.provider })
          }
        />
      )}
      {step.kind === 'done' && (
        <div className="outcome outcome--success connect-page__done" role="status">
          <span className="outcome__icon" aria-hidden="true">
            ✓
          </span>
          <div className="outcome__body">
            <h1 className="outcome__title">
              {t('hostedConnect.connected', { provider: step.result.connection.providerName })}
            </h1>
            <p className="muted">
              {mode === 'page' && step.result.returnUrl
                ? t('hostedConnect.takingBack')
                : mode === 'iframe'
                  ? t('hostedConnect.closePanel')
                  : t('hostedConnect.closeWindow')}
            </p>
          </div>
        </div>
      )}
    </Shell>
  );
}

function Shell({
  brandName,
  logo,
  endUser,
  onClose,
  children,
}: {
  brandName: string | undefined;
  logo: string | undefined;
  endUser: string | undefined;
  onClose: (() => void) | undefined;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="connect-page">
      <header className="connect-page__header">
        {logo && <img className="connect-page__logo" src={logo} alt="" />}
        <span className="connect-page__brand">{brandName ?? t('hostedConnect.title')}</span>
        {endUser && (
          <span className="muted connect-page__user">{t('hostedConnect.forEndUser', { endUser })}</span>
        )}
        {onClose && (
          <button type="button" className="button button--ghost connect-page__close" onClick={onClose}>
            {t('hostedConnect.close')}
          </button>
        )}
      </header>
      <main className="connect-page__main">{children}</main>
      <footer className="connect-page__footer muted">{t('hostedConnect.securedBy')}</footer>
    </div>
  );
}
