import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import { acceptInvitation, lookUpInvitation } from '../../api/members';
import type { InvitationPreview } from '../../api/types';
import { ErrorAlert, Loading, Notice } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../session/session-context';
import { tokenInFragment } from '../../lib/link-token';
import { roleLabel } from '../../session/use-can';

// The token arrives in the link's fragment (never sent to a server); it is kept for this tab so
// it survives the detour through sign-up or log-in.
const STORAGE_KEY = 'paycore-invitation-token';

function invitationToken(hash: string): string | undefined {
  const fromLink = tokenInFragment(hash);
  if (fromLink) sessionStorage.setItem(STORAGE_KEY, fromLink);
  return fromLink ?? sessionStorage.getItem(STORAGE_KEY) ?? undefined;
}

/** Why an invitation can no longer be accepted, in the chosen language. */
function endedText(state: Exclude<InvitationPreview['state'], 'pending'>): string {
  switch (state) {
    case 'accepted':
      return i18next.t('invitation.accepted');
    case 'revoked':
      return i18next.t('invitation.revoked');
    case 'expired':
      return i18next.t('invitation.expired');
  }
}

/** Where an invitation link lands: what it is for, then accept (after signing up or in). */
export function InvitationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => invitationToken(location.hash));
  const [invitation, setInvitation] = useState<InvitationPreview | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) return;
    lookUpInvitation(token).then(setInvitation, (cause: unknown) => setError(asApiError(cause)));
  }, [token]);

  const accept = async () => {
    if (!token) return;
    setBusy(true);
    setError(undefined);
    try {
      await acceptInvitation(token);
      sessionStorage.removeItem(STORAGE_KEY);
      await session.refresh();
      navigate('/connections', { replace: true });
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  if (!token)
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <Notice tone="warning">{t('invitation.noToken')}</Notice>
      </>
    );
  if (error && !invitation)
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <ErrorAlert error={error.status === 404 ? t('invitation.notValid') : error} />
      </>
    );
  if (!invitation || session.status === 'loading') return <Loading label={t('invitation.opening')} />;

  const signedInAs = session.status === 'signed-in' ? session.user?.email : undefined;
  return (
    <>
      <PageHeader
        title={t('invitation.join', { organisation: invitation.orgName })}
        description={t('invitation.description', {
          role: roleLabel(invitation.role),
          email: invitation.email,
          date: formatDateTime(invitation.expiresAt),
        })}
      />
      <ErrorAlert error={error} />
      {invitation.state !== 'pending' ? (
        <Notice tone="warning">{endedText(invitation.state)}</Notice>
      ) : signedInAs?.toLowerCase() === invitation.email ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void accept()}
        >
          {busy ? t('invitation.joining') : t('invitation.accept')}
        </button>
      ) : signedInAs ? (
        <div className="card members-card">
          <p>{t('invitation.otherAccount', { signedInAs, email: invitation.email })}</p>
          <button type="button" className="button button--ghost" onClick={() => void session.logOut()}>
            {t('shell.logOut')}
          </button>
        </div>
      ) : (
        <div className="card members-card">
          <p>{t('invitation.signedOut', { email: invitation.email })}</p>
          <div className="button-row">
            <Link className="button button--primary" to="/signup?next=/invitation">
              {t('invitation.createAccount')}
            </Link>
            <Link className="button button--ghost" to="/login?next=/invitation">
              {t('shell.logIn')}
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
