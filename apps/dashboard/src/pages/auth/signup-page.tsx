import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { signUp } from '../../api/auth';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';
import { useAuthForm } from './use-auth-form';

const MIN_PASSWORD = 10;

export function SignupPage() {
  const form = useAuthForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationName, setOrganisationName] = useState('');

  if (form.signedIn) return <Navigate to={form.next} replace />;

  const local = {
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())
      ? undefined
      : 'Enter an e-mail address, like name@example.com.',
    password: password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
  };
  const send = () => {
    const name = organisationName.trim();
    return signUp({ email: email.trim(), password, ...(name ? { organisationName: name } : {}) });
  };

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Connect the payment providers you already use, in one place."
      footer={
        <>
          Already have an account? <Link to={form.linkTo('/login')}>Log in</Link>
        </>
      }
    >
      <form className="stack" onSubmit={form.submitWith(local, send)} noValidate>
        <ErrorAlert error={form.formError} />
        <TextField
          label="Work e-mail"
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
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD} characters.`}
          value={password}
          error={form.fieldError('password', local.password)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          label="Organisation name"
          name="organisationName"
          autoComplete="organization"
          hint="Your company or project. You can rename it later."
          value={organisationName}
          error={form.fieldError('organisationName')}
          onChange={(event) => setOrganisationName(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={form.busy}>
          {form.busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  );
}
