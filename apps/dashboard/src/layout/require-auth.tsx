import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, Notice } from '../components/alerts';
import { useSession } from '../session/session-context';

/** Renders the organisation pages only for a signed-in person; others go to log in and come back. */
export function RequireAuth({ needsOrganisation = true }: { needsOrganisation?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'unreachable') return <Notice tone="warning">{t('shell.unreachable')}</Notice>;
  if (session.status === 'anonymous') {
    // An expired session comes back to this page after logging in; a deliberate log-out does not.
    const next = session.loggedOut ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  if (needsOrganisation && !session.organisation) return <Navigate to="/organisations/new" replace />;
  return <Outlet />;
}
