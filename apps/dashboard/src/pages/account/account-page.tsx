import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { changeEmail, changePassword, resendVerification } from '../../api/account';
import { ErrorAlert, Notice } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { MIN_PASSWORD, passwordTooShort } from '../../lib/form-rules';
import { useToast } from '../../components/toaster';
import { useFormState } from '../../lib/use-form-state';
import { useSession } from '../../session/session-context';
import { TwoFactorSection } from './two-factor-section';

/** The signed-in user's own account: e-mail address (and its verification) and password. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const notify = useToast();
  const resend = useFormState();
  const emailForm = useFormState();
  const passwordForm = useFormState();
  const [newEmail, setNewEmail] = useState('');
  const [emailPassword, setEmailPassword] = useState('');
  const [pendingEmail, setPendingEmail] = useState<string | undefined>();
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  // Said once the form is sent, not while the new password is being typed.
  const [triedShortPassword, setTriedShortPassword] = useState(false);

  const submitEmail = (event: FormEvent) => {
    event.preventDefault();
    void emailForm.run(async () => {
      await changeEmail(newEmail.trim(), emailPassword);
      setPendingEmail(newEmail.trim());
      setNewEmail('');
      setEmailPassword('');
    });
  };
  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = passwordTooShort(password) !== undefined;
    setTriedShortPassword(tooShort);
    if (tooShort) return;
    void passwordForm.run(async () => {
      await changePassword(currentPassword, password);
      setCurrentPassword('');
      setPassword('');
      notify(t('accountPage.passwordChanged'));
    });
  };

  return (
    <>
      <PageHeader title={t('accountPage.title')} description={t('accountPage.description')} />
      <div className="stack">
        <section className="card form-card stack" aria-labelledby="account-email">
          <h2 id="account-email">{t('accountPage.emailTitle')}</h2>
          <p>
            {user?.emailVerified ? (
              <Trans
                i18nKey="accountPage.signedInConfirmed"
                values={{ email: user.email }}
                components={{ strong: <strong /> }}
              />
            ) : (
              <Trans
                i18nKey="accountPage.signedInUnconfirmed"
                values={{ email: user?.email ?? '' }}
                components={{ strong: <strong /> }}
              />
            )}
          </p>
          {!user?.emailVerified && (
            <div className="stack">
              <ErrorAlert error={resend.error} />
              <button
                type="button"
                className="button"
                disabled={resend.busy}
                onClick={() =>
                  void resend.run(async () => {
                    await resendVerification();
                    notify(t('accountPage.resent'));
                  })
                }
              >
                {t('accountPage.resend')}
              </button>
            </div>
          )}
          {pendingEmail && (
            <Notice tone="success">
              <p>
                <Trans
                  i18nKey="accountPage.emailPending"
                  values={{ email: pendingEmail }}
                  components={{ strong: <strong /> }}
                />
              </p>
            </Notice>
          )}
          <form
            className="stack"
            onSubmit={submitEmail}
            noValidate
            aria-label={t('accountPage.changeEmailForm')}
          >
            <ErrorAlert error={emailForm.formError} />
            <TextField
              label={t('accountPage.newEmail')}
              name="email"
              type="email"
              autoComplete="email"
              required
              value={newEmail}
              error={emailForm.fieldError('email')}
              onChange={(event) => setNewEmail(event.target.value)}
            />
            <TextField
              label={t('accountPage.yourPassword')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={emailPassword}
              error={emailForm.fieldError('password')}
              onChange={(event) => setEmailPassword(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={emailForm.busy}>
              {t('accountPage.changeEmail')}
            </button>
          </form>
        </section>
        <section className="card form-card stack" aria-labelledby="account-password">
          <h2 id="account-password">{t('accountPage.passwordTitle')}</h2>
          <form
            className="stack"
            onSubmit={submitPassword}
            noValidate
            aria-label={t('accountPage.changePasswordForm')}
          >
            <ErrorAlert error={passwordForm.formError} />
            <TextField
              label={t('accountPage.currentPassword')}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              value={currentPassword}
              error={passwordForm.fieldError('currentPassword')}
              onChange={(event) => setCurrentPassword(event.target.value)}
            />
            <TextField
              label={t('accountPage.newPassword')}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              hint={t('accountPage.newPasswordHint', { count: MIN_PASSWORD })}
              value={password}
              error={
                (triedShortPassword ? passwordTooShort(password) : undefined) ??
                passwordForm.fieldError('password')
              }
              onChange={(event) => setPassword(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={passwordForm.busy}>
              {t('accountPage.changePassword')}
            </button>
          </form>
        </section>
        <TwoFactorSection />
      </div>
    </>
  );
}
