import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { createOrganisation } from '../../api/orgs';
import { ErrorAlert } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { useSession } from '../../session/session-context';

/** Creates another organisation and switches to it. */
export function CreateOrgPage() {
  const session = useSession();
  const navigate = useNavigate();
  const notify = useToast();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const nameError = touched && name.trim() === '' ? 'Enter a name for the organisation.' : undefined;

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
      notify(`${organisation.name} created`);
      navigate('/connections');
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="New organisation"
        description="Each organisation has its own connections, API keys and settings. You can switch between them at any time."
      />
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        <TextField
          label="Organisation name"
          required
          autoComplete="organization"
          value={name}
          maxLength={100}
          error={nameError ?? error?.fields[0]?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create organisation'}
          </button>
        </div>
      </form>
    </>
  );
}
