import { useTranslation } from 'react-i18next';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import { createOrganisation } from '../../api/orgs';
import { ErrorAlert } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { useSession } from '../../session/session-context';

/** Creates another organisation and switches to it. */
export function CreateOrgPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const notify = useToast();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const nameError = touched && name.trim() === '' ? t('createOrg.nameMissing') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      const organisation = await createOrganisation({ name: name.trim() });
      await session.switchOrganisation(organisation.id);
      await session.refresh();
      notify(t('createOrg.created', { organisation: organisation.name }));
      navigate('/connections');
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('createOrg.title')} description={t('createOrg.description')} />
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        <TextField
          label={t('auth.signup.organisationName')}
          required
          autoComplete="organization"
          value={name}
          maxLength={100}
          error={nameError ?? error?.fields[0]?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('createOrg.creating') : t('createOrg.create')}
          </button>
        </div>
      </form>
    </>
  );
}
