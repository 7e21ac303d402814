import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { verifyEmail } from '../../api/account';
import { ApiError, asApiError } from '../../api/client';
import { ErrorAlert, Notice } from '../../components/alerts';
import { useSession } from '../../session/session-context';
import { useLinkToken } from '../../lib/link-token';
import { AuthLayout } from './auth-layout';

/** Where an e-mailed verification link lands: it sends the link's token once and says what happened. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const session = useSession();
  const [state, setState] = useState<{ email: string } | ApiError | 'working'>('working');
  // A link works once: never send it twice, even if the page renders again.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    verifyEmail(token)
      .then(({ user }) => {
        setState({ email: user.email });
        void session.refresh();
      })
      .catch((cause: unknown) => setState(asApiError(cause)));
  }, [token, session]);

  return (
    <AuthLayout
      title={t('auth.verify.title')}
      subtitle={t('auth.verify.subtitle')}
      footer={<Link to="/connections">{t('common.toDashboard')}</Link>}
    >
      {state === 'working' && <p aria-live="polite">{t('auth.verify.confirming')}</p>}
      {state instanceof ApiError && <ErrorAlert error={state} title={t('auth.verify.failed')} />}
      {typeof state === 'object' && !(state instanceof ApiError) && (
        <Notice tone="success">
          <p>
            <Trans
              i18nKey="auth.verify.done"
              values={{ email: state.email }}
              components={{ strong: <strong /> }}
            />
          </p>
        </Notice>
      )}
    </AuthLayout>
  );
}
