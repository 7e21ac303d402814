import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import { acceptInvitation, lookUpInvitation } from '../../api/members';
import type { InvitationPreview } from '../../api/types';
import { ErrorAlert, Loading, Notice } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useSession } from '../../session/session-context';
import { roleLabel } from '../../session/use-can';

// The token arrives in the link's fragment (never sent to a server); it is kept for this tab so
// it survives the detour through sign-up or log-in.
const STORAGE_KEY = 'paycore-invitation-token';

function invitationToken(hash: string): string | undefined {
  const fromLink = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? undefined;
  if (fromLink) sessionStorage.setItem(STORAGE_KEY, fromLink);
  return fromLink ?? sessionStorage.getItem(STORAGE_KEY) ?? undefined;
}

/** Where an invitation link lands: what it is for, then accept (after signing up or in). */
export function InvitationPage() {
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
        <PageHeader title="Invitation" />
        <Notice tone="warning">
          This page needs the link from your invitation e-mail. Open the link again.
        </Notice>
      </>
    );
  if (error && !invitation)
    return (
      <>
        <PageHeader title="Invitation" />
        <ErrorAlert
          error={error.status === 404 ? 'This invitation link is not valid. Ask for a new one.' : error}
        />
      </>
    );
  if (!invitation || session.status === 'loading') return <Loading label="Opening the invitation…" />;

  const signedInAs = session.status === 'signed-in' ? session.user?.email : undefined;
  return (
    <>
      <PageHeader
        title={`Join ${invitation.orgName}`}
        description={`You are invited as ${roleLabel(invitation.role)}, for ${invitation.email}. The link works until ${formatDateTime(invitation.expiresAt)}.`}
      />
      <ErrorAlert error={error} />
      {invitation.state !== 'pending' ? (
        <Notice tone="warning">This invitation was {invitation.state}. Ask for a new one.</Notice>
      ) : signedInAs?.toLowerCase() === invitation.email ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void accept()}
        >
          {busy ? 'Joining…' : 'Accept invitation'}
        </button>
      ) : signedInAs ? (
        <div className="card members-card">
          <p>
            You are signed in as {signedInAs}. The invitation is for {invitation.email}: log out and sign in
            with that address to accept it.
          </p>
          <button type="button" className="button button--ghost" onClick={() => void session.logOut()}>
            Log out
          </button>
        </div>
      ) : (
        <div className="card members-card">
          <p>Create an account with {invitation.email}, or log in if you have one; then accept here.</p>
          <div className="button-row">
            <Link className="button button--primary" to="/signup?next=/invitation">
              Create an account
            </Link>
            <Link className="button button--ghost" to="/login?next=/invitation">
              Log in
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
