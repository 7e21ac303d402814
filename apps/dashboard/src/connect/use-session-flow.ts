import type { ErrorSchema } from '@rjsf/utils';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import type { CredentialSchema } from '../api/types';
import { splitFieldErrors, verifyFieldErrors } from '../lib/credential-form';
import type { ConnectPhase } from '../pages/connect/use-connect-flow';
import type { ConnectApi, ConnectSessionInput, ConnectSessionResult } from './connect-api';

/** The check → confirm flow of the connect page, over the session's API. */
export function useSessionFlow(calls: ConnectApi, schema: CredentialSchema | undefined) {
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
      if (typeof apiError.details.reason === 'string') {
        setPhase({
          kind: 'failed',
          reason: apiError.details.reason,
          message: apiError.message,
          retryable: apiError.retryable,
        });
        return;
      }
      if (apiError.fields.length === 0 || other.length > 0) setProblem(apiError);
      setPhase({ kind: 'editing' });
    },
    [schema],
  );

  const check = useCallback(
    async (input: ConnectSessionInput) => {
      setPhase({ kind: 'checking' });
      setFieldErrors(undefined);
      setProblem(undefined);
      try {
        const { label: _label, ...body } = input;
        const result = await calls.check(body);
        if (result.ok) {
          setPhase({ kind: 'verified', account: result.account, services: result.services });
          return;
        }
        setPhase({
          kind: 'failed',
          reason: result.reason,
          message: result.message,
          retryable: result.retryable,
        });
        if (result.fields?.length && schema)
          setFieldErrors(verifyFieldErrors(result.fields, result.message, schema));
      } catch (error) {
        fail(error);
      }
    },
    [calls, schema, fail],
  );

  const confirm = useCallback(
    async (input: ConnectSessionInput): Promise<ConnectSessionResult | undefined> => {
      const found =
        phase.kind === 'verified'
          ? { account: phase.account, services: phase.services }
          : { account: undefined, services: undefined };
      setPhase({ kind: 'saving', ...found });
      setProblem(undefined);
      try {
        return await calls.connect(input);
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    [calls, phase, fail],
  );

  const edited = useCallback(() => {
    setPhase((current) =>
      current.kind === 'editing' || current.kind === 'checking' ? current : { kind: 'editing' },
    );
    setFieldErrors(undefined);
  }, []);

  return { phase, fieldErrors, problem, check, confirm, edited };
}
