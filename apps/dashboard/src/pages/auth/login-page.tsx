import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { logIn } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { useSession } from '../../session/session-context';
import { AuthLayout, nextPath } from './auth-layout';

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);

  if (session.status === 'signed-in') return <Navigate to={nextPath(search)} replace />;

  const local = {
    email: email.trim() === '' ? 'Enter your e-mail address.' : undefined,
    password: password === '' ? 'Enter your password.' : undefined,
  };
  const fieldError = (name: 'email' | 'password') =>
    error?.fields.find((field) => field.path === `/${name}`)?.message ?? (touched ? local[name] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setError(undefined);
    if (local.email || local.password) {
      const form = event.currentTarget as HTMLFormElement;
      form
        .querySelector<HTMLInputElement>(local.email ? 'input[type=email]' : 'input[type=password]')
        ?.focus();
      return;
    }
    setBusy(true);
    try {
      await logIn({ email: email.trim(), password });
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
      title="Log in"
      subtitle="Welcome back. Log in to manage your provider connections."
      footer={
        <>
          New to PayCore? <Link to={`/signup${search.size ? `?${search}` : ''}`}>Create an account</Link>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        <TextField
          label="E-mail"
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
          autoComplete="current-password"
          required
          value={password}
          error={fieldError('password')}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </AuthLayout>
  );
}
