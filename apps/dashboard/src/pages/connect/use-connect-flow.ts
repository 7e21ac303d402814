import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useMemo, useState } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { type ConnectInput, checkCredentials, createConnection } from '../../api/connections';
import type {
  Connection,
  ConnectionServices,
  CredentialSchema,
  VerifiedAccount,
  VerifyResult,
} from '../../api/types';
import { splitFieldErrors, verifyFieldErrors } from '../../lib/credential-form';

/** What a successful check found: who the account is and what connecting would enable. */
export interface FoundAccount {
  account: VerifiedAccount | undefined;
  services: ConnectionServices | undefined;
}

/**
 * Where the connect flow is: a check or a save may be running, or a check has answered. A
 * `conflict` is a save the host refused because the organisation already has this account.
 */
export type ConnectPhase =
  | { kind: 'editing' }
  | { kind: 'checking' }
  | ({ kind: 'verified' } & FoundAccount)
  | { kind: 'failed'; reason: string; message: string; retryable: boolean }
  | ({ kind: 'saving' } & FoundAccount)
  | ({
      kind: 'conflict';
      existingConnectionId: string;
      /** Connecting again under another label is running. */
      saving: boolean;
      labelError?: string;
    } & FoundAccount);

/** The connect flow's state and actions. */
export interface ConnectFlow {
  phase: ConnectPhase;
  /** Errors to show on fields: the host's field errors, or the fields a failed verify named. */
  fieldErrors: ErrorSchema | undefined;
  /** A problem that is not about one field (e.g. the host is unreachable). */
  problem: ApiError | undefined;
  check: (input: ConnectInput) => Promise<void>;
  confirm: (input: ConnectInput) => Promise<Connection | undefined>;
  /** After a conflict: connect the same account once more under `label`. */
  connectAgain: (input: ConnectInput, label: string) => Promise<Connection | undefined>;
  /** Any edit invalidates an earlier check: the person must check what they will save. */
  edited: () => void;
}

/** Where a credential flow checks and saves: the organisation's API, or a connect session's. */
export interface CredentialCalls<Input extends { label?: string }, Saved> {
  /** Verifies and stores nothing; takes no label. */
  check: (input: Omit<Input, 'label'>) => Promise<VerifyResult>;
  /** Saves what was checked; the host verifies it again first. */
  save: (input: Input) => Promise<Saved>;
}

/**
 * Check → (account found | reason) → Confirm, over any {@link CredentialCalls}. `saveRefused`
 * may turn a refused save into a phase of its own (the dashboard's conflict); otherwise the
 * error is shown on the fields it names, or as the problem.
 */
export function useCredentialFlow<Input extends { label?: string }, Saved>(
  calls: CredentialCalls<Input, Saved>,
  schema: CredentialSchema | undefined,
  saveRefused?: (error: unknown, found: FoundAccount) => ConnectPhase | undefined,
) {
  const [phase, setPhase] = useState<ConnectPhase>({ kind: 'editing' });
  const [fieldErrors, setFieldErrors] = useState<ErrorSchema | undefined>();
  const [problem, setProblem] = useState<ApiError | undefined>();

  const fail = useCallback(
    (error: unknown) => {
      const apiError = asApiError(error);
      const { errorSchema, other } = schema
        ? splitFieldErrors(apiError.fields, schema)
        : { errorSchema: undefined, other: apiError.fields };
      setFieldErrors(apiError.fields.length > other.length ? errorSchema : undefined);
      // A refusal by the provider (422 verification_failed, 503 provider_unavailable, 502) carries a reason.
      if (typeof apiError.details.reason === 'string') {
        setPhase({
          kind: 'failed',
          reason: apiError.details.reason,
          message: apiError.message,
          retryable: apiError.retryable,
        });
        return;
      }
      if (apiError.fields.length === 0) setProblem(apiError);
      else if (other.length > 0)
        setProblem(
          new ApiError(apiError.status, apiError.code, apiError.message, {
            ...apiError.details,
            fields: other,
          }),
        );
      setPhase({ kind: 'editing' });
    },
    [schema],
  );

  const check = useCallback(
    async (input: Input) => {
      setPhase({ kind: 'checking' });
      setFieldErrors(undefined);
      setProblem(undefined);
      try {
        // The check takes no label: it verifies and stores nothing.
        const { label: _label, ...body } = input;
        const result = await calls.check(body);
        if (result.ok) {
          setPhase({ kind: 'verified', account: result.account, services: result.services });
        } else {
          setPhase({
            kind: 'failed',
            reason: result.reason,
            message: result.message,
            retryable: result.retryable,
          });
          if (result.fields?.length && schema)
            setFieldErrors(verifyFieldErrors(result.fields, result.message, schema));
        }
      } catch (error) {
        fail(error);
      }
    },
    [calls, schema, fail],
  );

  const confirm = useCallback(
    async (input: Input): Promise<Saved | undefined> => {
      const found: FoundAccount =
        phase.kind === 'verified'
          ? { account: phase.account, services: phase.services }
          : { account: undefined, services: undefined };
      setPhase({ kind: 'saving', ...found });
      setProblem(undefined);
      try {
        return await calls.save(input);
      } catch (error) {
        const next = saveRefused?.(error, found);
        if (next) setPhase(next);
        else fail(error);
        return undefined;
      }
    },
    [calls, phase, fail, saveRefused],
  );

  const edited = useCallback(() => {
    setPhase((current) =>
      current.kind === 'editing' || current.kind === 'checking' ? current : { kind: 'editing' },
    );
    setFieldErrors(undefined);
  }, []);

  return { phase, setPhase, fieldErrors, problem, setProblem, fail, check, confirm, edited };
}

// A save the host refused because the organisation already has this account.
function conflictOf(error: unknown, found: FoundAccount): ConnectPhase | undefined {
  const existing = error instanceof ApiError ? error.details.existingConnectionId : undefined;
  if (error instanceof ApiError && error.status === 409 && typeof existing === 'string')
    return { kind: 'conflict', ...found, existingConnectionId: existing, saving: false };
  return undefined;
}

/**
 * The dashboard's connect flow: {@link useCredentialFlow} over the organisation's API, plus
 * connecting the same account again under another label after a conflict.
 */
export function useConnectFlow(orgId: string, schema: CredentialSchema | undefined): ConnectFlow {
  const calls = useMemo<CredentialCalls<ConnectInput, Connection>>(
    () => ({
      check: (input) => checkCredentials(orgId, input),
      save: (input) => createConnection(orgId, input),
    }),
    [orgId],
  );
  const { phase, setPhase, fieldErrors, problem, setProblem, fail, check, confirm, edited } =
    useCredentialFlow(calls, schema, conflictOf);

  const connectAgain = useCallback(
    async (input: ConnectInput, label: string) => {
      if (phase.kind !== 'conflict') return undefined;
      const { labelError: _previous, ...conflict } = phase;
      setPhase({ ...conflict, saving: true });
      setProblem(undefined);
      try {
        return await createConnection(orgId, { ...input, label, connectAgain: true });
      } catch (error) {
        // The host refuses the label the existing connection has: ask again, keep the conflict.
        const labelError = error instanceof ApiError && error.fields.find((f) => f.path === '/label');
        if (labelError) setPhase({ ...conflict, saving: false, labelError: labelError.message });
        else fail(error);
        return undefined;
      }
    },
    [orgId, phase, fail, setPhase, setProblem],
  );

  return { phase, fieldErrors, problem, check, confirm, connectAgain, edited };
}
