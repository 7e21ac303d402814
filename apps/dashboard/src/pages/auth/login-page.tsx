import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { logIn } from '../../api/auth';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';
import { useAuthForm } from './use-auth-form';

export function LoginPage() {
  const form = useAuthForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (form.signedIn) return <Navigate to={form.next} replace />;

  const local = {
    email: email.trim() === '' ? 'Enter your e-mail address.' : undefined,
    password: password === '' ? 'Enter your password.' : undefined,
  };

  return (
    <AuthLayout
      title="Log in"
      subtitle="Welcome back. Log in to manage your provider connections."
      footer={
        <>
          New to PayCore? <Link to={form.linkTo('/signup')}>Create an account</Link>
        </>
      }
    >
      <form
        className="stack"
        onSubmit={form.submitWith(local, () => logIn({ email: email.trim(), password }))}
        noValidate
      >
        <ErrorAlert error={form.formError} />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          error={form.fieldError('email', local.email)}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={form.fieldError('password', local.password)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={form.busy}>
          {form.busy ? 'Logging in…' : 'Log in'}
        </button>
        <p className="muted">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
