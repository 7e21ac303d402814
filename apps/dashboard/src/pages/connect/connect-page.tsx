import { useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { getProvider } from '../../api/catalogue';
import type { Environment } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { CredentialForm, type CredentialValues } from '../../form/credential-form';
import { buildUiSchema } from '../../lib/credential-form';
import { environmentLabel } from '../../lib/format';
import { environmentFromKeys, type KeyEnvironment } from '../../lib/key-environment';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { useCan } from '../../session/use-can';
import { ConflictNotice } from './conflict-notice';
import { EnvironmentChoice } from './environment-choice';
import { Stepper } from './stepper';
import { useConnectFlow } from './use-connect-flow';
import { VerifyOutcome } from './verify-outcome';

/** Connect a ready provider: fill in the generated form, check, confirm. */
export function ConnectPage() {
  const { t } = useTranslation();
  const { providerId = '' } = useParams();
  const organisation = useOrganisation();
  const can = useCan();
  const navigate = useNavigate();
  const notify = useToast();
  const provider = useResource((signal) => getProvider(providerId, signal), [providerId]);
  const form = provider.data?.credentialForm ?? undefined;
  const flow = useConnectFlow(organisation.id, form?.schema);
  const [environment, setEnvironment] = useState<Environment>('sandbox');
  // Set when a typed key's prefix chose the environment, to say so beside the choice.
  const [chosenByKey, setChosenByKey] = useState<KeyEnvironment | undefined>();
  const [label, setLabel] = useState('');
  const [values, setValues] = useState<CredentialValues>({});
  const [invalidCount, setInvalidCount] = useState(0);
  const formId = useId();
  const { i18n } = useTranslation();
  // The hints (placeholders) are worded in the chosen language: rebuilt when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is read by buildUiSchema
  const uiSchema = useMemo(
    () => (form ? buildUiSchema(form.schema, form.uiSchema) : {}),
    [form, i18n.language],
  );

  if (provider.loading && !provider.data) return <Loading label={t('connect.loading')} />;
  if (provider.error || !provider.data)
    return <ErrorAlert error={provider.error ?? t('connect.loadFailed')} />;
  const p = provider.data;
  if (p.status !== 'ready' || !form)
    return <Navigate to={`/providers/${encodeURIComponent(p.id)}`} replace />;

  const input = () => ({
    providerId: p.id,
    environment,
    credentials: values,
    ...(label.trim() ? { label: label.trim() } : {}),
  });
  const phase = flow.phase;
  const busy =
    phase.kind === 'checking' || phase.kind === 'saving' || (phase.kind === 'conflict' && phase.saving);
  const edit = (apply: () => void) => {
    apply();
    setInvalidCount(0);
    flow.edited();
  };
  const connected = (connection: { id: string } | undefined) => {
    if (!connection) return;
    notify(t('connect.connected', { provider: p.name, organisation: organisation.name }));
    navigate(`/connections/${encodeURIComponent(connection.id)}`);
  };
  const confirm = async () => connected(await flow.confirm(input()));
  const confirming = phase.kind === 'verified' || phase.kind === 'saving';
  const step = confirming || phase.kind === 'conflict' ? 3 : phase.kind === 'editing' ? 1 : 2;

  return (
    <>
      <Link className="back-link" to={`/providers/${encodeURIComponent(p.id)}`}>
        ← {p.name}
      </Link>
      <PageHeader
        title={t('provider.connect', { provider: p.name })}
        leading={<ProviderLogo src={p.logoUrl} name={p.name} size="lg" />}
        description={t('connect.description', { organisation: organisation.name, provider: p.name })}
      />
      <div className="connect">
        <div className="card connect__main">
          <Stepper
            current={step}
            steps={[
              t('connect.stepEnter'),
              t('connect.stepCheck', { provider: p.name }),
              t('connect.stepConfirm'),
            ]}
          />
          <div className="stack">
            <EnvironmentChoice
              name={`${formId}-environment`}
              environments={p.environments}
              value={environment}
              disabled={busy}
              refused={can('connections.manage_live') ? [] : ['live']}
              onChange={(next) =>
                edit(() => {
                  setEnvironment(next);
                  setChosenByKey(undefined);
                })
              }
            />
            {chosenByKey && chosenByKey.environment === environment && (
              <p className="field__hint" role="status">
                <Trans
                  i18nKey="connect.chosenByKey"
                  values={{
                    environment: environmentLabel(environment),
                    field: form.schema.properties[chosenByKey.field]?.title ?? chosenByKey.field,
                    prefix: chosenByKey.prefix,
                  }}
                  components={{ code: <code /> }}
                />
              </p>
            )}
            <CredentialForm
              id={formId}
              schema={form.schema}
              uiSchema={uiSchema}
              values={values}
              serverErrors={flow.fieldErrors}
              disabled={busy}
              onChange={(next) => {
                if (JSON.stringify(next) === JSON.stringify(values)) return;
                edit(() => {
                  setValues(next);
                  const shown = environmentFromKeys(next, p.environments);
                  if (shown && shown.environment !== environment) {
                    setEnvironment(shown.environment);
                    setChosenByKey(shown);
                  }
                });
              }}
              onInvalid={setInvalidCount}
              onSubmit={() => void flow.check(input())}
            >
              <TextField
                label={t('connect.labelField')}
                hint={t('connect.labelHint')}
                value={label}
                maxLength={100}
                disabled={busy}
                onChange={(event) => edit(() => setLabel(event.target.value))}
              />
              {invalidCount > 0 && (
                <p className="alert alert--error" role="alert">
                  {t('connect.invalid', { count: invalidCount })}
                </p>
              )}
              <ErrorAlert error={flow.problem} />
              <VerifyOutcome
                phase={phase}
                providerName={p.name}
                environment={environment}
                otherEnvironment={p.environments.find((env) => env.name !== environment)?.name}
                onSwitchEnvironment={(next) => {
                  setEnvironment(next);
                  void flow.check({ ...input(), environment: next });
                }}
                messageOnFields={flow.fieldErrors !== undefined}
              />
              {phase.kind === 'conflict' && (
                <ConflictNotice
                  orgId={organisation.id}
                  conflict={phase}
                  providerName={p.name}
                  suggestedLabel={label.trim()}
                  onConnectAgain={(again) => void flow.connectAgain(input(), again).then(connected)}
                />
              )}
              <div className="form-actions">
                {phase.kind === 'conflict' ? null : confirming ? (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void confirm()}
                    disabled={busy}
                  >
                    {phase.kind === 'saving' ? t('connect.saving') : t('connect.confirm')}
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
                <Link className="button button--ghost" to={`/providers/${encodeURIComponent(p.id)}`}>
                  {t('common.cancel')}
                </Link>
              </div>
            </CredentialForm>
          </div>
        </div>
        <aside className="connect__aside">
          <div className="card section--small">
            <h2 className="section__title">{t('connect.whereTitle')}</h2>
            <p className="muted">{t('connect.whereText', { provider: p.name })}</p>
            <Link to={`/providers/${encodeURIComponent(p.id)}#manual`}>{t('connect.readManual')}</Link>
          </div>
          <div className="card section--small">
            <h2 className="section__title">{t('connect.keepTitle')}</h2>
            <p className="muted">{t('connect.keepText')}</p>
          </div>
        </aside>
      </div>
    </>
  );
}
