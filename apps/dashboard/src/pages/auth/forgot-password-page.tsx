import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/account';
import { ApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';

/** Asks for a password-reset link by e-mail. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const invalid = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? undefined : 'Enter your e-mail address.';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setBusy(true);
    setError(undefined);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title="Reset your password"
      subtitle="We e-mail you a link that lets you choose a new password. It works for one hour, once."
      footer={<Link to="/login">Back to log in</Link>}
    >
      {sentTo ? (
        <Notice tone="success">
          If an account has the address <strong>{sentTo}</strong>, a link is on its way. Check your inbox.
        </Notice>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
          <TextField
            label="E-mail"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            error={error?.fields.find((field) => field.path === '/email')?.message}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button button--primary button--block" disabled={busy || !!invalid}>
            {busy ? 'Sending…' : 'Send the link'}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
