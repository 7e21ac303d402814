import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { signUp } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { useSession } from '../../session/session-context';
import { AuthLayout, nextPath } from './auth-layout';

const MIN_PASSWORD = 10;

export function SignupPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationName, setOrganisationName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);

  if (session.status === 'signed-in') return <Navigate to={nextPath(search)} replace />;

  const local = {
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())
      ? undefined
      : 'Enter an e-mail address, like name@example.com.',
    password: password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
  };
  const fieldError = (name: 'email' | 'password' | 'organisationName') =>
    error?.fields.find((field) => field.path.replace(/^\//, '') === name)?.message ??
    (touched && name !== 'organisationName' ? local[name] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setError(undefined);
    if (local.email || local.password) {
      const first = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>(
        local.email ? 'input[type=email]' : 'input[type=password]',
      );
      first?.focus();
      return;
    }
    setBusy(true);
    try {
      const name = organisationName.trim();
      await signUp({ email: email.trim(), password, ...(name ? { organisationName: name } : {}) });
      await session.refresh();
      navigate(nextPath(search), { replace: true });
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Connect the payment providers you already use, in one place."
      footer={
        <>
          Already have an account? <Link to={`/login${search.size ? `?${search}` : ''}`}>Log in</Link>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        <TextField
          label="Work e-mail"
          type="email"
          autoComplete="email"
          required
          value={email}
          error={fieldError('email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD} characters.`}
          value={password}
          error={fieldError('password')}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          label="Organisation name"
          autoComplete="organization"
          hint="Your company or project. You can rename it later."
          value={organisationName}
          error={fieldError('organisationName')}
          onChange={(event) => setOrganisationName(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  );
}
