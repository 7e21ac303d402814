import { useId, useMemo, useState } from 'react';
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
import { ENVIRONMENT_LABELS } from '../../lib/format';
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
  const uiSchema = useMemo(() => (form ? buildUiSchema(form.schema, form.uiSchema) : {}), [form]);

  if (provider.loading && !provider.data) return <Loading label="Loading the connect form…" />;
  if (provider.error || !provider.data)
    return <ErrorAlert error={provider.error ?? 'This provider could not be loaded.'} />;
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
    notify(`${p.name} connected to ${organisation.name}`);
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
        title={`Connect ${p.name}`}
        leading={<ProviderLogo src={p.logoUrl} name={p.name} size="lg" />}
        description={`Connecting to ${organisation.name}. Credentials are checked with ${p.name} before anything is saved.`}
      />
      <div className="connect">
        <div className="card connect__main">
          <Stepper current={step} steps={['Enter credentials', `Check with ${p.name}`, 'Confirm']} />
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
                {ENVIRONMENT_LABELS[environment]} selected: the{' '}
                {form.schema.properties[chosenByKey.field]?.title ?? chosenByKey.field} starts with{' '}
                <code>{chosenByKey.prefix}</code>.
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
                label="Label (optional)"
                hint="A name to tell this connection apart, e.g. “EU store”."
                value={label}
                maxLength={100}
                disabled={busy}
                onChange={(event) => edit(() => setLabel(event.target.value))}
              />
              {invalidCount > 0 && (
                <p className="alert alert--error" role="alert">
                  {invalidCount === 1
                    ? 'One field needs attention.'
                    : `${invalidCount} fields need attention.`}{' '}
                  Fix the highlighted {invalidCount === 1 ? 'field' : 'fields'} and check again.
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
                    {phase.kind === 'saving' ? 'Saving…' : 'Confirm and connect'}
                  </button>
                ) : (
                  <button type="submit" className="button button--primary" disabled={busy}>
                    {phase.kind === 'checking'
                      ? 'Checking…'
                      : phase.kind === 'failed'
                        ? 'Check again'
                        : 'Check credentials'}
                  </button>
                )}
                <Link className="button button--ghost" to={`/providers/${encodeURIComponent(p.id)}`}>
                  Cancel
                </Link>
              </div>
            </CredentialForm>
          </div>
        </div>
        <aside className="connect__aside">
          <div className="card section--small">
            <h2 className="section__title">Where to find them</h2>
            <p className="muted">
              The {p.name} integration manual shows where each credential is and how to set up the account.
            </p>
            <Link to={`/providers/${encodeURIComponent(p.id)}#manual`}>Read the manual</Link>
          </div>
          <div className="card section--small">
            <h2 className="section__title">How PayCore keeps them</h2>
            <p className="muted">
              Secret fields are encrypted at rest and never shown again; only their last four characters are
              displayed.
            </p>
          </div>
        </aside>
      </div>
    </>
  );
}
