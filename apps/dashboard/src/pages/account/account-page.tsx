import { type FormEvent, useState } from 'react';
import { changeEmail, changePassword, resendVerification } from '../../api/account';
import { type ApiError, asApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { useSession } from '../../session/session-context';
import { TwoFactorSection } from './two-factor-section';

const MIN_PASSWORD = 10;

/** One form's busy and error state, and a submit that runs `send` with both kept. */
function useFormState() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await send();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => error?.fields.find((field) => field.path === `/${name}`)?.message;
  return { busy, error, run, fieldError, formError: error && error.fields.length === 0 ? error : undefined };
}

/** The signed-in user's own account: e-mail address (and its verification) and password. */
export function AccountPage() {
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
    if (password.length < MIN_PASSWORD) return;
    void passwordForm.run(async () => {
      await changePassword(currentPassword, password);
      setCurrentPassword('');
      setPassword('');
      notify('Password changed; your other sessions are signed out');
    });
  };

  return (
    <>
      <PageHeader title="Your account" description="Your sign-in address, password and two-factor sign-in." />
      <div className="stack">
        <section className="card form-card stack" aria-labelledby="account-email">
          <h2 id="account-email">E-mail address</h2>
          <p>
            You sign in as <strong>{user?.email}</strong>
            {user?.emailVerified ? ' (confirmed).' : ' — not confirmed yet.'}
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
                    notify('We sent the confirmation link again');
                  })
                }
              >
                Send the confirmation link again
              </button>
            </div>
          )}
          {pendingEmail && (
            <Notice tone="success">
              We sent a link to <strong>{pendingEmail}</strong>. Your address changes when you open it.
            </Notice>
          )}
          <form className="stack" onSubmit={submitEmail} noValidate aria-label="Change e-mail address">
            <ErrorAlert error={emailForm.formError} />
            <TextField
              label="New e-mail address"
              name="email"
              type="email"
              autoComplete="email"
              required
              value={newEmail}
              error={emailForm.fieldError('email')}
              onChange={(event) => setNewEmail(event.target.value)}
            />
            <TextField
              label="Your password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={emailPassword}
              error={emailForm.fieldError('password')}
              onChange={(event) => setEmailPassword(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={emailForm.busy}>
              Change e-mail address
            </button>
          </form>
        </section>
        <section className="card form-card stack" aria-labelledby="account-password">
          <h2 id="account-password">Password</h2>
          <form className="stack" onSubmit={submitPassword} noValidate aria-label="Change password">
            <ErrorAlert error={passwordForm.formError} />
            <TextField
              label="Current password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              value={currentPassword}
              error={passwordForm.fieldError('currentPassword')}
              onChange={(event) => setCurrentPassword(event.target.value)}
            />
            <TextField
              label="New password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              hint={`At least ${MIN_PASSWORD} characters. Your other sessions are signed out.`}
              value={password}
              error={passwordForm.fieldError('password')}
              onChange={(event) => setPassword(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={passwordForm.busy}>
              Change password
            </button>
          </form>
        </section>
        <TwoFactorSection />
      </div>
    </>
  );
}
