import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/account';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { looksLikeEmail } from '../../lib/form-rules';
import { useFormState } from '../../lib/use-form-state';
import { AuthLayout } from './auth-layout';

/** Asks for a password-reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | undefined>();
  const form = useFormState();
  const invalid = looksLikeEmail(email) ? undefined : t('auth.emailMissing');

  const submit = form.submit(async () => {
    await requestPasswordReset(email.trim());
    setSentTo(email.trim());
  }, invalid);

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
          <ErrorAlert error={form.formError} />
          <TextField
            label={t('auth.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            error={form.fieldError('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={form.busy || !!invalid}
          >
            {form.busy ? t('auth.forgot.sending') : t('auth.forgot.send')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
