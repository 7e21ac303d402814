import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/session-context';
import { useToast } from '../components/toaster';

/** Switches the organisation every page shows; pages of one organisation's records go to their list. */
export function OrgSwitcher({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { organisations, organisation, switchOrganisation } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const notify = useToast();
  const id = useId();
  if (!organisation) return null;
  return (
    <div className="org-switcher">
      <label className="org-switcher__label" htmlFor={id}>
        {t('shell.organisation')}
      </label>
      <select
        id={id}
        className="select org-switcher__select"
        value={organisation.id}
        onChange={(event) => {
          const next = organisations.find((org) => org.id === event.target.value);
          void switchOrganisation(event.target.value);
          if (next) notify(t('shell.switchedTo', { organisation: next.name }));
          // A connection's page belongs to the organisation it was opened in.
          if (/^\/connections\/[^/]+/.test(location.pathname)) navigate('/connections');
          onNavigate?.();
        }}
      >
        {organisations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
      <Link className="org-switcher__new" to="/organisations/new" onClick={onNavigate}>
        {t('shell.newOrganisation')}
      </Link>
    </div>
  );
}
