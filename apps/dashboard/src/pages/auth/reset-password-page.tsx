import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resetPassword } from '../../api/account';
import { type ApiError, asApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { useLinkToken } from '../../lib/link-token';
import { AuthLayout } from './auth-layout';

const MIN_PASSWORD = 10;

/** Where a password-reset link lands: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const tooShort =
    password.length < MIN_PASSWORD ? t('auth.signup.passwordShort', { count: MIN_PASSWORD }) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    setBusy(true);
    setError(undefined);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.reset.title')}
      subtitle={t('auth.reset.subtitle')}
      footer={<Link to="/login">{t('auth.backToLogIn')}</Link>}
    >
      {done ? (
        <Notice tone="success">
          <p>
            {t('auth.reset.done')} <Link to="/login">{t('auth.reset.logInWithIt')}</Link>
          </p>
        </Notice>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
          <TextField
            label={t('auth.reset.newPassword')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            hint={t('auth.signup.passwordHint', { count: MIN_PASSWORD })}
            error={error?.fields.find((field) => field.path === '/password')?.message}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={busy || !!tooShort}
          >
            {busy ? t('connect.saving') : t('auth.reset.submit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
