import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { inviteMember } from '../../api/members';
import type { GrantableRole } from '../../api/types';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { roleLabel, roleSummary } from '../../session/use-can';

/** The roles an invitation may carry: never owner, which only a transfer hands on. */
const INVITABLE: GrantableRole[] = ['viewer', 'developer', 'admin'];

/** Invites someone by e-mail with a role; the host sends the link. */
export function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: (email: string) => void }) {
  const { t } = useTranslation();
  const roleId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GrantableRole>('viewer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const emailError =
    touched && !/^\S+@\S+\.\S+$/.test(email.trim()) ? t('inviteForm.emailMissing') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return;
    setBusy(true);
    setError(undefined);
    try {
      await inviteMember(orgId, { email: email.trim(), role });
      onInvited(email.trim());
      setEmail('');
      setTouched(false);
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="card invite-form inline-form"
        onSubmit={submit}
        noValidate
        aria-label={t('inviteForm.form')}
      >
        <TextField
          label={t('inviteForm.email')}
          type="email"
          value={email}
          maxLength={254}
          placeholder={t('inviteForm.emailPlaceholder')}
          error={emailError ?? error?.fields.find((f) => f.path === '/email')?.message}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={roleId}>
            {t('inviteForm.role')}
          </label>
          <select
            id={roleId}
            className="select"
            value={role}
            onChange={(event) => setRole(event.target.value as GrantableRole)}
          >
            {INVITABLE.map((value) => (
              <option key={value} value={value}>
                {roleLabel(value)}
              </option>
            ))}
          </select>
          <p className="field__hint">{roleSummary(role)}</p>
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('inviteForm.inviting') : t('inviteForm.send')}
        </button>
      </form>
      <ErrorAlert error={error && !error.fields.some((f) => f.path === '/email') ? error : undefined} />
    </>
  );
}
