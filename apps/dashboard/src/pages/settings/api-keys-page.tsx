import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** The HTTP header a key is sent in: protocol syntax, the same in every language. */
const AUTH_SCHEME = 'Authorization: Bearer';

type KeyRole = Exclude<Role, 'owner'>;
const KEY_ROLES: KeyRole[] = ['admin', 'developer', 'viewer'];
const RANK: Record<Role, number> = { owner: 3, admin: 2, developer: 1, viewer: 0 };

/** Organisation API keys: create (the key is shown once), list, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
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

  const nameError = touched && name.trim() === '' ? t('apiKeys.nameMissing') : undefined;
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
      notify(t('apiKeys.revoked', { name: revoking.name }));
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
        title={t('apiKeys.title')}
        description={
          <>
            {t('apiKeys.description', { organisation: organisation.name })}{' '}
            <code>
              {AUTH_SCHEME} {t('apiKeys.headerKey')}
            </code>
          </>
        }
      />
      {created && (
        <section className="card new-key" aria-labelledby="new-key-title">
          <h2 id="new-key-title" className="section__title" tabIndex={-1} ref={createdHeading}>
            {t('apiKeys.newKeyTitle', { name: created.name })}
          </h2>
          <p>{t('apiKeys.newKeyText')}</p>
          <div className="new-key__value">
            <code>{created.key}</code>
            <CopyButton value={created.key} label={t('apiKeys.copyKey')} />
          </div>
          <button type="button" className="link-button" onClick={() => setCreated(undefined)}>
            {t('apiKeys.stored')}
          </button>
        </section>
      )}
      <form className="card form-card inline-form" onSubmit={create} noValidate>
        <TextField
          label={t('apiKeys.nameLabel')}
          value={name}
          maxLength={100}
          placeholder={t('apiKeys.namePlaceholder')}
          error={nameError ?? error?.fields[0]?.message}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={roleId}>
            {t('apiKeys.role')}
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
          {busy ? t('apiKeys.creating') : t('apiKeys.create')}
        </button>
      </form>
      <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
      <ErrorAlert error={keys.error} />
      {keys.loading && !keys.data ? (
        <Loading label={t('apiKeys.loading')} />
      ) : keys.data?.length === 0 ? (
        <EmptyState title={t('apiKeys.emptyTitle')}>
          <p>{t('apiKeys.emptyText')}</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">
              {t('apiKeys.caption', { organisation: organisation.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.column.name')}</th>
                <th scope="col">{t('apiKeys.column.key')}</th>
                <th scope="col">{t('apiKeys.column.role')}</th>
                <th scope="col">{t('apiKeys.column.created')}</th>
                <th scope="col">{t('apiKeys.column.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('apiKeys.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data?.map((key) => (
                <tr key={key.id}>
                  <th scope="row" data-label={t('apiKeys.column.name')}>
                    {key.name}
                  </th>
                  <td data-label={t('apiKeys.column.key')} className="code">
                    {key.hint ? maskedHint(key.hint) : '••••'}
                  </td>
                  <td data-label={t('apiKeys.column.role')}>{roleLabel(key.role ?? 'admin')}</td>
                  <td data-label={t('apiKeys.column.created')}>{formatDateTime(key.createdAt)}</td>
                  <td data-label={t('apiKeys.column.lastUsed')}>
                    {key.lastUsedAt ? formatRelative(key.lastUsedAt) : t('format.never')}
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--danger-outline button--small"
                      onClick={() => setRevoking(key)}
                    >
                      {t('apiKeys.revoke')}
                      <span className="visually-hidden"> {key.name}</span>
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
        title={t('apiKeys.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revokeConfirm')}
        danger
        busy={revokeBusy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>{t('apiKeys.revokeText')}</p>
      </ConfirmDialog>
    </>
  );
}
