import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client';
import { type ConnectInput, checkCredentials, createConnection } from '../../api/connections';
import type { Connection, CredentialSchema, VerifiedAccount } from '../../api/types';
import { splitFieldErrors, verifyFieldErrors } from '../../lib/credential-form';

/** Where the connect flow is: a check or a save may be running, or a check has answered. */
export type ConnectPhase =
  | { kind: 'editing' }
  | { kind: 'checking' }
  | { kind: 'verified'; account: VerifiedAccount | undefined }
  | { kind: 'failed'; reason: string; message: string; retryable: boolean }
  | { kind: 'saving'; account: VerifiedAccount | undefined };

/** The connect flow's state and actions. */
export interface ConnectFlow {
  phase: ConnectPhase;
  /** Errors to show on fields: the host's field errors, or the fields a failed verify named. */
  fieldErrors: ErrorSchema | undefined;
  /** A problem that is not about one field (e.g. the host is unreachable). */
  problem: ApiError | undefined;
  check: (input: ConnectInput) => Promise<void>;
  confirm: (input: ConnectInput) => Promise<Connection | undefined>;
  /** Any edit invalidates an earlier check: the person must check what they will save. */
  edited: () => void;
}

/**
 * Check → (account found | reason) → Confirm. The check stores nothing; Confirm sends the same
 * input, which the host verifies again before saving.
 */
export function useConnectFlow(orgId: string, schema: CredentialSchema | undefined): ConnectFlow {
  const [phase, setPhase] = useState<ConnectPhase>({ kind: 'editing' });
  const [fieldErrors, setFieldErrors] = useState<ErrorSchema | undefined>();
  const [problem, setProblem] = useState<ApiError | undefined>();

  const fail = useCallback(
    (error: unknown) => {
      const apiError = error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error));
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
        setProblem(new ApiError(apiError.status, apiError.code, apiError.message, { fields: other }));
      setPhase({ kind: 'editing' });
    },
    [schema],
  );

  const check = useCallback(
    async (input: ConnectInput) => {
      setPhase({ kind: 'checking' });
      setFieldErrors(undefined);
      setProblem(undefined);
      try {
        // The check takes no label: it verifies and stores nothing.
        const { label: _label, ...check } = input;
        const result = await checkCredentials(orgId, check);
        if (result.ok) {
          setPhase({ kind: 'verified', account: result.account });
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
    [orgId, schema, fail],
  );

  const confirm = useCallback(
    async (input: ConnectInput) => {
      const account = phase.kind === 'verified' ? phase.account : undefined;
      setPhase({ kind: 'saving', account });
      setProblem(undefined);
      try {
        return await createConnection(orgId, input);
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    [orgId, phase, fail],
  );

  const edited = useCallback(() => {
    setPhase((current) =>
      current.kind === 'editing' || current.kind === 'checking' ? current : { kind: 'editing' },
    );
    setFieldErrors(undefined);
  }, []);

  return { phase, fieldErrors, problem, check, confirm, edited };
}
