import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { resetPassword } from '../../api/account';
import { ApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';

const MIN_PASSWORD = 10;

/** Where a password-reset link lands: choose a new password. */
export function ResetPasswordPage() {
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const tooShort = password.length < MIN_PASSWORD ? `Use at least ${MIN_PASSWORD} characters.` : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    setBusy(true);
    setError(undefined);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="Every session of your account is signed out when the password changes."
      footer={<Link to="/login">Back to log in</Link>}
    >
      {done ? (
        <Notice tone="success">
          Your password is changed. <Link to="/login">Log in with it</Link>.
        </Notice>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            hint={`At least ${MIN_PASSWORD} characters.`}
            error={error?.fields.find((field) => field.path === '/password')?.message}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={busy || !!tooShort}
          >
            {busy ? 'Saving…' : 'Set the new password'}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
