import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resetPassword } from '../../api/account';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { MIN_PASSWORD, passwordTooShort } from '../../lib/form-rules';
import { useFormState } from '../../lib/use-form-state';
import { useLinkToken } from '../../lib/link-token';
import { AuthLayout } from './auth-layout';

/** Where a password-reset link lands: choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormState();
  const tooShort = passwordTooShort(password);

  const submit = form.submit(async () => {
    await resetPassword(token, password);
    setDone(true);
  }, tooShort);

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
          <ErrorAlert error={form.formError} />
          <TextField
            label={t('auth.reset.newPassword')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            hint={t('auth.signup.passwordHint', { count: MIN_PASSWORD })}
            error={form.fieldError('password')}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={form.busy || !!tooShort}
          >
            {form.busy ? t('connect.saving') : t('auth.reset.submit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
