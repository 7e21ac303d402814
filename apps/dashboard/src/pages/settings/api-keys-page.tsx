import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../api/client';
import { createApiKey, listApiKeys, revokeApiKey } from '../../api/orgs';
import type { ApiKey, CreatedApiKey, Role } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CopyButton } from '../../components/copy-button';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { formatDateTime, formatRelative, maskedHint } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { roleLabel } from '../../session/use-can';

type KeyRole = Exclude<Role, 'owner'>;
const KEY_ROLES: KeyRole[] = ['admin', 'developer', 'viewer'];
const RANK: Record<Role, number> = { owner: 3, admin: 2, developer: 1, viewer: 0 };

/** Organisation API keys: create (the key is shown once), list, revoke. */
export function ApiKeysPage() {
  const organisation = useOrganisation();
  const notify = useToast();
  const keys = useResource(() => listApiKeys(organisation.id), [organisation.id]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<KeyRole>('developer');
  const roleId = useId();
  // A key can be no stronger than the member making it (the host refuses it otherwise).
  const roles = KEY_ROLES.filter((value) => RANK[value] <= RANK[organisation.role ?? 'viewer']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [created, setCreated] = useState<CreatedApiKey | undefined>();
  const [revoking, setRevoking] = useState<ApiKey | undefined>();
  const [revokeBusy, setRevokeBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const createdHeading = useRef<HTMLHeadingElement>(null);

  // The new key is the one thing to act on: move focus there so it is read out.
  useEffect(() => {
    if (created) createdHeading.current?.focus();
  }, [created]);

  const nameError = touched && name.trim() === '' ? 'Enter a name, e.g. “Checkout server”.' : undefined;
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      setCreated(await createApiKey(organisation.id, { name: name.trim(), role }));
      setName('');
      setTouched(false);
      keys.reload();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  const revoke = async () => {
    if (!revoking) return;
    setRevokeBusy(true);
    try {
      await revokeApiKey(organisation.id, revoking.id);
      notify(`API key “${revoking.name}” revoked`);
      if (created?.id === revoking.id) setCreated(undefined);
      setRevoking(undefined);
      keys.reload();
    } catch (cause) {
      setError(asApiError(cause));
      setRevoking(undefined);
    } finally {
      setRevokeBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="API keys"
        description={`Keys let your servers call the PayCore API as ${organisation.name}. Send one as “Authorization: Bearer <key>”.`}
      />
      {created && (
        <section className="card new-key" aria-labelledby="new-key-title">
          <h2 id="new-key-title" className="section__title" tabIndex={-1} ref={createdHeading}>
            Your new key “{created.name}”
          </h2>
          <p>Copy it now: it is shown only this once. PayCore stores only a hash of it.</p>
          <div className="new-key__value">
            <code>{created.key}</code>
            <CopyButton value={created.key} label="Copy key" />
          </div>
          <button type="button" className="link-button" onClick={() => setCreated(undefined)}>
            I have stored it safely
          </button>
        </section>
      )}
      <form className="card form-card inline-form" onSubmit={create} noValidate>
        <TextField
          label="New key name"
          value={name}
          maxLength={100}
          placeholder="e.g. Checkout server"
          error={nameError ?? error?.fields[0]?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={roleId}>
            Role
          </label>
          <select
            id={roleId}
            className="select"
            value={role}
            onChange={(event) => setRole(event.target.value as KeyRole)}
          >
            {roles.map((value) => (
              <option key={value} value={value}>
                {roleLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create key'}
        </button>
      </form>
      <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
      <ErrorAlert error={keys.error} />
      {keys.loading && !keys.data ? (
        <Loading label="Loading keys…" />
      ) : keys.data?.length === 0 ? (
        <EmptyState title="No API keys">
          <p>Create a key when a server of yours needs to read connections.</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">API keys of {organisation.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data?.map((key) => (
                <tr key={key.id}>
                  <th scope="row" data-label="Name">
                    {key.name}
                  </th>
                  <td data-label="Key" className="code">
                    {key.hint ? maskedHint(key.hint) : '••••'}
                  </td>
                  <td data-label="Role">{roleLabel(key.role ?? 'admin')}</td>
                  <td data-label="Created">{formatDateTime(key.createdAt)}</td>
                  <td data-label="Last used">{key.lastUsedAt ? formatRelative(key.lastUsedAt) : 'Never'}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--danger-outline button--small"
                      onClick={() => setRevoking(key)}
                    >
                      Revoke<span className="visually-hidden"> {key.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        danger
        busy={revokeBusy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>Requests that use this key start failing at once. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
