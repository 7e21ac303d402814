import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../layout/language-switch';
import { usePageTitle } from '../../lib/use-page-title';

/** The centred card the sign-up and log-in forms sit in. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="auth">
      <div className="auth__panel">
        <Link to="/directory" className="brand auth__brand">
          <span className="brand__mark" aria-hidden="true">
            P
          </span>
          PayCore
        </Link>
        <div className="card auth__card">
          <h1 tabIndex={-1}>{title}</h1>
          <p className="muted">{subtitle}</p>
          {children}
        </div>
        <p className="auth__footer">{footer}</p>
        <div className="auth__language">
          <LanguageSwitch compact />
        </div>
      </div>
    </div>
  );
}

/** Where to go after signing in: the `next` parameter when it is a path of this app. */
export function nextPath(search: URLSearchParams): string {
  const next = search.get('next') ?? '';
  return next.startsWith('/') &&
    !next.startsWith('//') &&
    !next.startsWith('/login') &&
    !next.startsWith('/signup')
    ? next
    : '/connections';
}
