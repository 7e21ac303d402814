import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment, ProviderDetail } from '../api/types';
import { ErrorAlert } from '../components/alerts';
import { ProviderLogo } from '../components/provider-logo';
import { TextField } from '../components/text-field';
import { CredentialForm, type CredentialValues } from '../form/credential-form';
import { buildUiSchema } from '../lib/credential-form';
import { EnvironmentChoice } from '../pages/connect/environment-choice';
import { Stepper } from '../pages/connect/stepper';
import { useCredentialFlow } from '../pages/connect/use-connect-flow';
import { VerifyOutcome } from '../pages/connect/verify-outcome';
import type { ConnectApi, ConnectSessionResult } from './connect-api';

/** Credentials → check with the provider → confirm, for one provider of the session. */
export function CredentialsStep({
  provider,
  calls,
  environments,
  reconnecting,
  onConnected,
  onBack,
}: {
  provider: ProviderDetail;
  calls: ConnectApi;
  /** The environments the session allows that the provider has. */
  environments: Environment[];
  reconnecting: boolean;
  onConnected: (result: ConnectSessionResult) => void;
  onBack?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const form = provider.credentialForm ?? undefined;
  const sessionCalls = useMemo(() => ({ check: calls.check, save: calls.connect }), [calls]);
  const flow = useCredentialFlow(sessionCalls, form?.schema);
  const [environment, setEnvironment] = useState<Environment>(environments[0] ?? 'sandbox');
  const [label, setLabel] = useState('');
  const [values, setValues] = useState<CredentialValues>({});
  const [invalidCount, setInvalidCount] = useState(0);
  const formId = useId();
  const uiSchema = useMemo(() => (form ? buildUiSchema(form.schema, form.uiSchema) : {}), [form]);
  if (!form)
    return <ErrorAlert error={t('hostedConnect.credentials.notReady', { provider: provider.name })} />;

  const input = () => ({
    providerId: provider.id,
    environment,
    credentials: values,
    ...(label.trim() ? { label: label.trim() } : {}),
  });
  const phase = flow.phase;
  const busy = phase.kind === 'checking' || phase.kind === 'saving';
  const confirming = phase.kind === 'verified' || phase.kind === 'saving';
  const step = confirming ? 3 : phase.kind === 'editing' ? 1 : 2;
  const edit = (apply: () => void) => {
    apply();
    setInvalidCount(0);
    flow.edited();
  };
  const confirm = async () => {
    const result = await flow.confirm(input());
    if (result) onConnected(result);
  };

  return (
    <section className="connect-page__step" aria-labelledby="credentials-title">
      <div className="connect-page__heading">
        <ProviderLogo src={provider.logoUrl} name={provider.name} size="lg" />
        <h1 id="credentials-title" className="connect-page__title">
          {reconnecting
            ? t('hostedConnect.credentials.reconnectTitle', { provider: provider.name })
            : t('provider.connect', { provider: provider.name })}
        </h1>
      </div>
      <Stepper
        current={step}
        steps={[
          t('connect.stepEnter'),
          t('connect.stepCheck', { provider: provider.name }),
          t('connect.stepConfirm'),
        ]}
      />
      <div className="stack">
        {!reconnecting && environments.length > 0 && (
          <EnvironmentChoice
            name={`${formId}-environment`}
            environments={provider.environments.filter((env) => environments.includes(env.name))}
            value={environment}
            disabled={busy}
            onChange={(next) => edit(() => setEnvironment(next))}
          />
        )}
        <CredentialForm
          id={formId}
          schema={form.schema}
          uiSchema={uiSchema}
          values={values}
          serverErrors={flow.fieldErrors}
          disabled={busy}
          onChange={(next) => {
            if (JSON.stringify(next) !== JSON.stringify(values)) edit(() => setValues(next));
          }}
          onInvalid={setInvalidCount}
          onSubmit={() => void flow.check(input())}
        >
          {!reconnecting && (
            <TextField
              label={t('connect.labelField')}
              hint={t('connect.labelHint')}
              value={label}
              maxLength={100}
              disabled={busy}
              onChange={(event) => edit(() => setLabel(event.target.value))}
            />
          )}
          {invalidCount > 0 && (
            <p className="alert alert--error" role="alert">
              {t('hostedConnect.credentials.invalid', { count: invalidCount })}
            </p>
          )}
          <ErrorAlert error={flow.problem} />
          <VerifyOutcome phase={phase} providerName={provider.name} environment={environment} />
          <div className="form-actions">
            {confirming ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void confirm()}
                disabled={busy}
              >
                {phase.kind === 'saving'
                  ? t('connect.saving')
                  : reconnecting
                    ? t('hostedConnect.credentials.confirmReconnect')
                    : t('connect.confirm')}
              </button>
            ) : (
              <button type="submit" className="button button--primary" disabled={busy}>
                {phase.kind === 'checking'
                  ? t('connect.checking')
                  : phase.kind === 'failed'
                    ? t('connect.checkAgain')
                    : t('connect.check')}
              </button>
            )}
            {onBack && (
              <button type="button" className="button button--ghost" onClick={onBack} disabled={busy}>
                {t('hostedConnect.credentials.back')}
              </button>
            )}
          </div>
        </CredentialForm>
        <p className="muted connect-page__note">{t('connect.keepText')}</p>
      </div>
    </section>
  );
}
