import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import {
  changeMemberRole,
  leaveOrganisation,
  listInvitations,
  listMembers,
  removeMember,
  revokeInvitation,
  transferOwnership,
} from '../../api/members';
import type { GrantableRole, Member } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/alerts';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { useToast } from '../../components/toaster';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation, useSession } from '../../session/session-context';
import { roleLabel, useCan } from '../../session/use-can';
import { InviteForm } from './invite-form';

type Pending = { kind: 'remove'; member: Member } | { kind: 'transfer'; member: Member } | { kind: 'leave' };

const GRANTABLE: GrantableRole[] = ['admin', 'developer', 'viewer'];

/** Members and roles: invite, change roles, remove, leave, hand over ownership. */
export function MembersPage() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const session = useSession();
  const can = useCan();
  const notify = useToast();
  const navigate = useNavigate();
  const manages = can('members');
  const members = useResource((signal) => listMembers(organisation.id, signal), [organisation.id]);
  const invitations = useResource(
    (signal) => (manages ? listInvitations(organisation.id, signal) : Promise.resolve([])),
    [organisation.id, manages],
  );
  const [pending, setPending] = useState<Pending | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const me = session.user?.id;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  const confirm = () =>
    act(async () => {
      if (pending?.kind === 'remove') {
        await removeMember(organisation.id, pending.member.userId);
        notify(t('members.removed', { email: pending.member.email }));
        members.reload();
      } else if (pending?.kind === 'transfer') {
        members.set(await transferOwnership(organisation.id, pending.member.userId));
        notify(t('members.ownerNow', { email: pending.member.email }));
        await session.refresh();
      } else if (pending?.kind === 'leave') {
        await leaveOrganisation(organisation.id);
        notify(t('members.left', { organisation: organisation.name }));
        await session.refresh();
        navigate('/connections');
      }
    });

  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={t('members.description', {
          organisation: organisation.name,
          role: roleLabel(organisation.role ?? 'viewer'),
        })}
      />
      {manages && (
        <InviteForm
          orgId={organisation.id}
          onInvited={(email) => {
            notify(t('members.invited', { email }));
            invitations.reload();
          }}
        />
      )}
      <ErrorAlert error={error ?? members.error} />
      {members.loading && !members.data ? (
        <Loading label={t('members.loading')} />
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">
              {t('members.caption', { organisation: organisation.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('members.columns.member')}</th>
                <th scope="col">{t('members.columns.role')}</th>
                <th scope="col">{t('members.columns.joined')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data?.map((member) => {
                const changeable = manages && member.role !== 'owner';
                const transferable = can('ownership') && member.role !== 'owner';
                return (
                  <tr key={member.userId}>
                    <th scope="row" data-label={t('members.columns.member')}>
                      {member.email}
                      {member.userId === me && <span className="badge badge--muted">{t('members.you')}</span>}
                    </th>
                    <td data-label={t('members.columns.role')}>
                      {changeable ? (
                        <select
                          className="select"
                          aria-label={t('members.roleOf', { email: member.email })}
                          value={member.role}
                          disabled={busy}
                          onChange={(event) =>
                            void act(async () => {
                              const updated = await changeMemberRole(
                                organisation.id,
                                member.userId,
                                event.target.value as GrantableRole,
                              );
                              notify(
                                t('members.roleChanged', {
                                  email: member.email,
                                  role: roleLabel(updated.role),
                                }),
                              );
                              members.reload();
                              if (member.userId === me) await session.refresh();
                            })
                          }
                        >
                          {GRANTABLE.map((role) => (
                            <option key={role} value={role}>
                              {roleLabel(role)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        roleLabel(member.role)
                      )}
                    </td>
                    <td data-label={t('members.columns.joined')}>{formatDateTime(member.joinedAt)}</td>
                    <td className="actions">
                      {transferable && (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setPending({ kind: 'transfer', member })}
                        >
                          <Trans
                            i18nKey="members.makeOwner"
                            values={{ email: member.email }}
                            components={{ hidden: <span className="visually-hidden" /> }}
                          />
                        </button>
                      )}
                      {changeable && member.userId !== me && (
                        <button
                          type="button"
                          className="button button--danger-outline button--small"
                          onClick={() => setPending({ kind: 'remove', member })}
                        >
                          <Trans
                            i18nKey="members.remove"
                            values={{ email: member.email }}
                            components={{ hidden: <span className="visually-hidden" /> }}
                          />
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {manages && (invitations.data?.length ?? 0) > 0 && (
        <section aria-labelledby="invitations-title" className="members-section">
          <h2 id="invitations-title" className="section__title">
            {t('members.pending')}
          </h2>
          <div className="card card--flush">
            <table className="table table--rows">
              <thead>
                <tr>
                  <th scope="col">{t('members.columns.email')}</th>
                  <th scope="col">{t('members.columns.role')}</th>
                  <th scope="col">{t('members.columns.expires')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('members.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.data?.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row" data-label={t('members.columns.email')}>
                      {invitation.email}
                    </th>
                    <td data-label={t('members.columns.role')}>{roleLabel(invitation.role)}</td>
                    <td data-label={t('members.columns.expires')}>{formatDateTime(invitation.expiresAt)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button--danger-outline button--small"
                        disabled={busy}
                        onClick={() =>
                          void act(async () => {
                            await revokeInvitation(organisation.id, invitation.id);
                            notify(t('members.revoked', { email: invitation.email }));
                            invitations.reload();
                          })
                        }
                      >
                        <Trans
                          i18nKey="members.revoke"
                          values={{ email: invitation.email }}
                          components={{ hidden: <span className="visually-hidden" /> }}
                        />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="leave-title" className="card members-card">
        <h2 id="leave-title" className="section__title">
          {t('members.leaveTitle', { organisation: organisation.name })}
        </h2>
        {organisation.role === 'owner' ? (
          <p>{t('members.ownerCannotLeave')}</p>
        ) : (
          <>
            <p>{t('members.leaveText')}</p>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setPending({ kind: 'leave' })}
            >
              {t('members.leave')}
            </button>
          </>
        )}
      </section>
      <ConfirmDialog
        open={pending !== undefined}
        title={
          pending?.kind === 'remove'
            ? t('members.confirmRemove', { email: pending.member.email })
            : pending?.kind === 'transfer'
              ? t('members.confirmTransfer', { email: pending.member.email })
              : t('members.confirmLeave', { organisation: organisation.name })
        }
        confirmLabel={
          pending?.kind === 'transfer'
            ? t('members.transferLabel')
            : pending?.kind === 'remove'
              ? t('members.removeLabel')
              : t('members.leaveLabel')
        }
        danger={pending?.kind !== 'transfer'}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(undefined)}
      >
        <p>
          {pending?.kind === 'transfer'
            ? t('members.transferText')
            : pending?.kind === 'leave'
              ? t('members.leaveConfirmText')
              : t('members.removeText')}
        </p>
      </ConfirmDialog>
    </>
  );
}
