import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { fetchMe, logOut, switchCurrentOrganisation } from '../api/auth';
import { ApiError, onUnauthorized } from '../api/client';
import type { Me, Organisation, User } from '../api/types';

/** Who is using the dashboard and which organisation they are working in. */
export interface Session {
  status: 'loading' | 'anonymous' | 'signed-in' | 'unreachable';
  /** True after the person logged out here (not when a session expired): log-in then starts afresh. */
  loggedOut: boolean;
  user: User | undefined;
  /** A platform admin (the host's PAYCORE_ADMIN_EMAILS): sees the requests of every organisation. */
  isAdmin: boolean;
  organisations: Organisation[];
  /** The organisation every org page shows: the session's current one, kept by the host. */
  organisation: Organisation | undefined;
  /** Switches at once on screen, and tells the host so a reload or another tab agrees. */
  switchOrganisation: (orgId: string) => Promise<void>;
  /** Reloads the user and organisations, e.g. after signing in or renaming an organisation. */
  refresh: () => Promise<void>;
  logOut: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Loads the session once and keeps it current; wrap the whole app in it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [me, setMe] = useState<Me | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [loggedOut, setLoggedOut] = useState(false);

  const signedOut = useCallback(() => {
    setMe(undefined);
    setOrgId(undefined);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const next = await fetchMe();
      setMe(next);
      setOrgId(next.currentOrgId ?? next.organisations[0]?.id);
      setLoggedOut(false);
      setStatus('signed-in');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) signedOut();
      else setStatus('unreachable');
    }
  }, [signedOut]);

  useEffect(() => {
    void refresh();
    return onUnauthorized(signedOut);
  }, [refresh, signedOut]);

  const switchOrganisation = useCallback(async (id: string) => {
    setOrgId(id);
    try {
      setMe(await switchCurrentOrganisation(id));
    } catch {
      // The switch already shows; the host's copy catches up on the next switch or sign-in.
    }
  }, []);

  const doLogOut = useCallback(async () => {
    try {
      await logOut();
    } finally {
      setLoggedOut(true);
      signedOut();
    }
  }, [signedOut]);

  const value = useMemo<Session>(() => {
    const organisations = me?.organisations ?? [];
    return {
      status,
      loggedOut,
      user: me?.user,
      isAdmin: me?.isAdmin === true,
      organisations,
      organisation: organisations.find((org) => org.id === orgId) ?? organisations[0],
      switchOrganisation,
      refresh,
      logOut: doLogOut,
    };
  }, [status, loggedOut, me, orgId, switchOrganisation, refresh, doLogOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; only inside {@link SessionProvider}. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  // i18n-ignore: a programming error, not shown to a merchant
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The current organisation, for pages that only render when signed in (see RequireAuth). */
export function useOrganisation(): Organisation {
  const { organisation } = useSession();
  // i18n-ignore: a programming error, not shown to a merchant
  if (!organisation) throw new Error('useOrganisation needs a signed-in session with an organisation');
  return organisation;
}
