import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { logInWithCode } from '../../api/account';
import { logIn } from '../../api/auth';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';
import { NOT_SIGNED_IN_YET, useAuthForm } from './use-auth-form';

export function LoginPage() {
  const { t } = useTranslation();
  const form = useAuthForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Set when the password was right and the account asks for a second factor.
  const [challenge, setChallenge] = useState<string | undefined>();
  const [code, setCode] = useState('');

  if (form.signedIn) return <Navigate to={form.next} replace />;

  if (challenge) {
    const missing = code.trim() === '' ? t('auth.login.codeMissing') : undefined;
    return (
      <AuthLayout
        title={t('auth.login.twoFactorTitle')}
        subtitle={t('auth.login.twoFactorSubtitle')}
        footer={
          <button type="button" className="link-button" onClick={() => setChallenge(undefined)}>
            {t('auth.login.startAgain')}
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
            label={t('auth.login.code')}
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
            {form.busy ? t('connect.checking') : t('auth.login.signIn')}
          </button>
        </form>
      </AuthLayout>
    );
  }

  const local = {
    email: email.trim() === '' ? t('auth.emailMissing') : undefined,
    password: password === '' ? t('auth.login.passwordMissing') : undefined,
  };

  return (
    <AuthLayout
      title={t('shell.logIn')}
      subtitle={t('auth.login.subtitle')}
      footer={
        <>
          {t('auth.login.newHere')} <Link to={form.linkTo('/signup')}>{t('auth.login.createAccount')}</Link>
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
          label={t('auth.email')}
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
          autoComplete="current-password"
          required
          value={password}
          error={form.fieldError('password', local.password)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={form.busy}>
          {form.busy ? t('auth.login.loggingIn') : t('shell.logIn')}
        </button>
        <p className="muted">
          <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
