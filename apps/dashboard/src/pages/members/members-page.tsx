import { useState } from 'react';
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
        notify(`${pending.member.email} removed`);
        members.reload();
      } else if (pending?.kind === 'transfer') {
        members.set(await transferOwnership(organisation.id, pending.member.userId));
        notify(`${pending.member.email} is the owner now`);
        await session.refresh();
      } else if (pending?.kind === 'leave') {
        await leaveOrganisation(organisation.id);
        notify(`You left ${organisation.name}`);
        await session.refresh();
        navigate('/connections');
      }
    });

  return (
    <>
      <PageHeader
        title="Members"
        description={`Who works in ${organisation.name}, and what each role may do. Your role: ${roleLabel(organisation.role ?? 'viewer')}.`}
      />
      {manages && (
        <InviteForm
          orgId={organisation.id}
          onInvited={(email) => {
            notify(`Invitation sent to ${email}`);
            invitations.reload();
          }}
        />
      )}
      <ErrorAlert error={error ?? members.error} />
      {members.loading && !members.data ? (
        <Loading label="Loading members…" />
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">Members of {organisation.name}</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data?.map((member) => {
                const changeable = manages && member.role !== 'owner';
                return (
                  <tr key={member.userId}>
                    <th scope="row" data-label="Member">
                      {member.email}
                      {member.userId === me && <span className="badge badge--muted">you</span>}
                    </th>
                    <td data-label="Role">
                      {changeable ? (
                        <select
                          className="select"
                          aria-label={`Role of ${member.email}`}
                          value={member.role}
                          disabled={busy}
                          onChange={(event) =>
                            void act(async () => {
                              const updated = await changeMemberRole(
                                organisation.id,
                                member.userId,
                                event.target.value as GrantableRole,
                              );
                              notify(`${member.email} is ${roleLabel(updated.role)} now`);
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
                    <td data-label="Joined">{formatDateTime(member.joinedAt)}</td>
                    <td className="actions">
                      {can('ownership') && member.role !== 'owner' && (
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          onClick={() => setPending({ kind: 'transfer', member })}
                        >
                          Make owner<span className="visually-hidden"> {member.email}</span>
                        </button>
                      )}
                      {changeable && member.userId !== me && (
                        <button
                          type="button"
                          className="button button--danger-outline button--small"
                          onClick={() => setPending({ kind: 'remove', member })}
                        >
                          Remove<span className="visually-hidden"> {member.email}</span>
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
            Pending invitations
          </h2>
          <div className="card card--flush">
            <table className="table table--rows">
              <thead>
                <tr>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">Link works until</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.data?.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row" data-label="E-mail">
                      {invitation.email}
                    </th>
                    <td data-label="Role">{roleLabel(invitation.role)}</td>
                    <td data-label="Link works until">{formatDateTime(invitation.expiresAt)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button--danger-outline button--small"
                        disabled={busy}
                        onClick={() =>
                          void act(async () => {
                            await revokeInvitation(organisation.id, invitation.id);
                            notify(`Invitation to ${invitation.email} revoked`);
                            invitations.reload();
                          })
                        }
                      >
                        Revoke<span className="visually-hidden"> invitation to {invitation.email}</span>
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
          Leave {organisation.name}
        </h2>
        {organisation.role === 'owner' ? (
          <p>You are the owner: make another member the owner before you can leave.</p>
        ) : (
          <>
            <p>You lose access to its connections at once; an admin can invite you again.</p>
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => setPending({ kind: 'leave' })}
            >
              Leave organisation
            </button>
          </>
        )}
      </section>
      <ConfirmDialog
        open={pending !== undefined}
        title={
          pending?.kind === 'remove'
            ? `Remove ${pending.member.email}?`
            : pending?.kind === 'transfer'
              ? `Make ${pending.member.email} the owner?`
              : `Leave ${organisation.name}?`
        }
        confirmLabel={
          pending?.kind === 'transfer'
            ? 'Transfer ownership'
            : pending?.kind === 'remove'
              ? 'Remove member'
              : 'Leave'
        }
        danger={pending?.kind !== 'transfer'}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(undefined)}
      >
        <p>
          {pending?.kind === 'transfer'
            ? 'You become an admin. Only the new owner can hand the ownership on again.'
            : pending?.kind === 'leave'
              ? 'Your access ends at once.'
              : 'Their access ends at once.'}
        </p>
      </ConfirmDialog>
    </>
  );
}
