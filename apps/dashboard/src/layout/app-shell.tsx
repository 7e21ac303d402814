import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import type { Permission } from '../api/types';
import { useSession } from '../session/session-context';
import { useCan } from '../session/use-can';
import { Icon, type IconName } from '../components/icons';
import { LanguageSwitch } from './language-switch';
import { OrgSwitcher } from './org-switcher';
import { ThemeMenu, ThemeSwitch } from './theme-switch';

// `needs`: the page is left out of the menu for a role without it (the host refuses it anyway).
// `label` is called at render, so the menu follows the chosen language.
const NAV: { to: string; label: () => string; icon: IconName; needs?: Permission }[] = [
  { to: '/connections', label: () => i18next.t('shell.nav.connections'), icon: 'connections' },
  {
    to: '/directory',
    label: () => i18next.t('shell.nav.newConnection'),
    icon: 'plus',
    needs: 'connections.manage_sandbox',
  },
  { to: '/services', label: () => i18next.t('shell.nav.where'), icon: 'pin' },
  { to: '/requests', label: () => i18next.t('shell.nav.requests'), icon: 'inbox' },
  { to: '/webhooks', label: () => i18next.t('shell.nav.webhooks'), icon: 'webhook', needs: 'webhooks' },
  { to: '/api-keys', label: () => i18next.t('shell.nav.apiKeys'), icon: 'key', needs: 'api_keys' },
  { to: '/members', label: () => i18next.t('shell.nav.members'), icon: 'people' },
  { to: '/audit', label: () => i18next.t('shell.nav.audit'), icon: 'log', needs: 'audit.view' },
  { to: '/settings', label: () => i18next.t('shell.nav.settings'), icon: 'settings' },
];

/**
 * The frame around every page: a sidebar on desktop, a top bar with a menu on phones. After each
 * navigation focus moves to the new page's heading so keyboard and screen reader users start
 * reading there.
 */
export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const can = useCan();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = mainRef.current?.querySelector<HTMLElement>('h1');
      (heading ?? mainRef.current)?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  const signedIn = session.status === 'signed-in';
  return (
    <div className={`shell ${signedIn ? 'shell--app' : 'shell--public'}`}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <Link to={signedIn ? '/connections' : '/directory'} className="brand">
          <span className="brand__mark" aria-hidden="true">
            P
          </span>
          PayCore
        </Link>
        {!signedIn && <LanguageSwitch compact />}
        {!signedIn && <ThemeMenu />}
        {signedIn ? (
          <button
            type="button"
            className="button button--ghost topbar__menu"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Icon name={menuOpen ? 'close' : 'menu'} />
            {menuOpen ? t('shell.close') : t('shell.menu')}
          </button>
        ) : session.status === 'loading' ? null : (
          <nav className="topbar__actions" aria-label={t('shell.accountNav')}>
            <Link
              className="button button--ghost"
              to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
            >
              {t('shell.logIn')}
            </Link>
            <Link className="button button--primary" to="/signup">
              {t('shell.signUp')}
            </Link>
          </nav>
        )}
      </header>
      {signedIn && (
        <aside id="sidebar" className={`sidebar ${menuOpen ? 'sidebar--open' : ''}`}>
          <Link to="/connections" className="brand sidebar__brand">
            <span className="brand__mark" aria-hidden="true">
              P
            </span>
            PayCore
          </Link>
          <OrgSwitcher onNavigate={() => setMenuOpen(false)} />
          <nav aria-label={t('shell.mainNav')} className="sidebar__nav">
            {NAV.filter((item) => !item.needs || can(item.needs)).map((item) => (
              <NavLink key={item.to} to={item.to} className="sidebar__link">
                <Icon name={item.icon} />
                {item.label()}
              </NavLink>
            ))}
            {session.isAdmin && (
              <NavLink to="/admin/requests" className="sidebar__link">
                <Icon name="inbox" />
                {t('shell.nav.allRequests')}
              </NavLink>
            )}
          </nav>
          <div className="sidebar__footer">
            <ThemeSwitch />
            <LanguageSwitch />
            <span className="sidebar__user" title={session.user?.email}>
              {session.user?.email}
            </span>
            <Link className="button button--ghost button--small" to="/account">
              {t('shell.yourAccount')}
            </Link>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => void session.logOut()}
            >
              {t('shell.logOut')}
            </button>
          </div>
        </aside>
      )}
      {menuOpen && <div className="scrim" aria-hidden="true" onClick={() => setMenuOpen(false)} />}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <div className="main__inner">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
