import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { disableTwoFactor, enableTwoFactor, fetchTwoFactor, setUpTwoFactor } from '../../api/account';
import { ErrorAlert, Notice } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { useFormState } from '../../lib/use-form-state';
import { useSession } from '../../session/session-context';

/** The secret in groups of four, as authenticator apps print it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Two-factor sign-in: off → password → the secret for the app → a code from it → on, with the
 * recovery codes shown once. On → turn it off with the password.
 */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const { user, refresh } = useSession();
  const notify = useToast();
  const [status, setStatus] = useState<{ enabled: boolean; recoveryCodesLeft: number } | undefined>();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string } | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const form = useFormState();
  const { fail } = form;

  useEffect(() => {
    fetchTwoFactor().then(setStatus, fail);
  }, [fail]);

  const enabled = status?.enabled ?? user?.twoFactorEnabled ?? false;

  return (
    <section className="card form-card stack" aria-labelledby="account-two-factor">
      <h2 id="account-two-factor">{t('twoFactor.title')}</h2>
      <ErrorAlert error={form.formError} />
      {recoveryCodes && (
        <Notice tone="success">
          <p>{t('twoFactor.recoveryText')}</p>
          <ul className="recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
            {recoveryCodes.map((item) => (
              <li key={item}>
                <code>{item}</code>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {enabled ? (
        <form
          className="stack"
          aria-label={t('twoFactor.turnOffForm')}
          noValidate
          onSubmit={form.submit(async () => {
            await disableTwoFactor(password);
            setPassword('');
            setRecoveryCodes(undefined);
            setStatus({ enabled: false, recoveryCodesLeft: 0 });
            await refresh();
            notify(t('twoFactor.turnedOff'));
          })}
        >
          <p>
            {t('twoFactor.onText')}
            {status ? ` ${t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}` : ''}
          </p>
          <TextField
            label={t('accountPage.yourPassword')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={form.fieldError('password')}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button" disabled={form.busy}>
            {t('twoFactor.turnOff')}
          </button>
        </form>
      ) : setup ? (
        <form
          className="stack"
          aria-label={t('twoFactor.confirmForm')}
          noValidate
          onSubmit={form.submit(async () => {
            const answer = await enableTwoFactor(code.trim());
            setRecoveryCodes(answer.recoveryCodes);
            setSetup(undefined);
            setCode('');
            setStatus({ enabled: true, recoveryCodesLeft: answer.recoveryCodes.length });
            await refresh();
          })}
        >
          <p>
            {/* biome-ignore lint/a11y/useAnchorContent: Trans puts the message's link text inside it */}
            <Trans i18nKey="twoFactor.addToApp" components={{ anchor: <a href={setup.otpauthUri} /> }} />
          </p>
          <p>
            <code className="secret-key" data-testid="totp-secret">
              {grouped(setup.secret)}
            </code>
          </p>
          <TextField
            label={t('twoFactor.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            error={form.fieldError('code')}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('twoFactor.turnOn')}
          </button>
        </form>
      ) : (
        <form
          className="stack"
          aria-label={t('twoFactor.setUpForm')}
          noValidate
          onSubmit={form.submit(async () => {
            setSetup(await setUpTwoFactor(password));
            setPassword('');
          })}
        >
          <p>{t('twoFactor.offText')}</p>
          <TextField
            label={t('accountPage.yourPassword')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={form.fieldError('password')}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('twoFactor.setUp')}
          </button>
        </form>
      )}
    </section>
  );
}
