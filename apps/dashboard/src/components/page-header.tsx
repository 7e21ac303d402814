import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title';

/** The page's one h1 (focused after navigation, see AppShell), with optional actions beside it. */
export function PageHeader({
  title,
  description,
  actions,
  leading,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  leading?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <header className="page-header">
      {leading}
      <div className="page-header__text">
        <h1 tabIndex={-1}>{title}</h1>
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
