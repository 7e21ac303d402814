import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { logInWithCode } from '../../api/account';
import { logIn } from '../../api/auth';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';
import { NOT_SIGNED_IN_YET, useAuthForm } from './use-auth-form';

export function LoginPage() {
  const form = useAuthForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Set when the password was right and the account asks for a second factor.
  const [challenge, setChallenge] = useState<string | undefined>();
  const [code, setCode] = useState('');

  if (form.signedIn) return <Navigate to={form.next} replace />;

  if (challenge) {
    const missing = code.trim() === '' ? 'Enter the code from your authenticator app.' : undefined;
    return (
      <AuthLayout
        title="Two-factor sign-in"
        subtitle="Enter the 6-digit code your authenticator app shows, or one of your recovery codes."
        footer={
          <button type="button" className="link-button" onClick={() => setChallenge(undefined)}>
            Start again
          </button>
        }
      >
        <form
          className="stack"
          onSubmit={form.submitWith({ code: missing }, () => logInWithCode(challenge, code.trim()))}
          noValidate
        >
          <ErrorAlert error={form.formError} />
          <TextField
            label="Code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
            value={code}
            error={form.fieldError('code', missing)}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className="button button--primary button--block" disabled={form.busy}>
            {form.busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      </AuthLayout>
    );
  }

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
        onSubmit={form.submitWith(local, async () => {
          const answer = await logIn({ email: email.trim(), password });
          if (!answer.twoFactorRequired || !answer.challenge) return answer;
          setChallenge(answer.challenge);
          return NOT_SIGNED_IN_YET;
        })}
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
