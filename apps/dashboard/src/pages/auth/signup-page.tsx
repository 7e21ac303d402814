import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { signUp } from '../../api/auth';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { looksLikeEmail, MIN_PASSWORD, passwordTooShort } from '../../lib/form-rules';
import { AuthLayout } from './auth-layout';
import { useAuthForm } from './use-auth-form';

export function SignupPage() {
  const { t } = useTranslation();
  const form = useAuthForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisationName, setOrganisationName] = useState('');

  if (form.signedIn) return <Navigate to={form.next} replace />;

  const local = {
    email: looksLikeEmail(email) ? undefined : t('credentials.errors.email'),
    password: passwordTooShort(password),
  };
  const send = () => {
    const name = organisationName.trim();
    return signUp({ email: email.trim(), password, ...(name ? { organisationName: name } : {}) });
  };

  return (
    <AuthLayout
      title={t('auth.signup.title')}
      subtitle={t('auth.signup.subtitle')}
      footer={
        <>
          {t('auth.signup.haveAccount')} <Link to={form.linkTo('/login')}>{t('shell.logIn')}</Link>
        </>
      }
    >
      <form className="stack" onSubmit={form.submitWith(local, send)} noValidate>
        <ErrorAlert error={form.formError} />
        <TextField
          label={t('auth.signup.workEmail')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          error={form.fieldError('email', local.email)}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.signup.passwordHint', { count: MIN_PASSWORD })}
          value={password}
          error={form.fieldError('password', local.password)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          label={t('auth.signup.organisationName')}
          name="organisationName"
          autoComplete="organization"
          hint={t('auth.signup.organisationHint')}
          value={organisationName}
          error={form.fieldError('organisationName')}
          onChange={(event) => setOrganisationName(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={form.busy}>
          {form.busy ? t('auth.signup.creating') : t('auth.signup.create')}
        </button>
      </form>
    </AuthLayout>
  );
}
