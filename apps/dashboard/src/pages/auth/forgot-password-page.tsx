import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/account';
import { type ApiError, asApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { AuthLayout } from './auth-layout';

/** Asks for a password-reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const invalid = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? undefined : t('auth.emailMissing');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setBusy(true);
    setError(undefined);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.forgot.title')}
      subtitle={t('auth.forgot.subtitle')}
      footer={<Link to="/login">{t('auth.backToLogIn')}</Link>}
    >
      {sentTo ? (
        <Notice tone="success">
          <p>
            <Trans
              i18nKey="auth.forgot.sent"
              values={{ email: sentTo }}
              components={{ strong: <strong /> }}
            />
          </p>
        </Notice>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            error={error?.fields.find((field) => field.path === '/email')?.message}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button button--primary button--block" disabled={busy || !!invalid}>
            {busy ? t('auth.forgot.sending') : t('auth.forgot.send')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
