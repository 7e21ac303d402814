import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type ApiError, asApiError } from '../../api/client';
import { useSession } from '../../session/session-context';
import { nextPath } from './auth-layout';

/** What a form's `send` returns when the sign-in is not finished yet (a second factor is asked for). */
export const NOT_SIGNED_IN_YET = Symbol('not signed in yet');

/** Field name → what is wrong with it before anything is sent (undefined when it is fine). */
export type LocalErrors = Record<string, string | undefined>;

/**
 * What the log-in and sign-up forms share: the session, the busy and error state, field errors
 * (the host's, else the form's own once the user has tried to submit), and a submit that focuses
 * the first field at fault or sends, refreshes the session and goes where the user was heading.
 */
export function useAuthForm() {
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);

  const fieldError = (name: string, local?: string) =>
    error?.fields.find((field) => field.path === `/${name}`)?.message ?? (touched ? local : undefined);

  const submitWith =
    (local: LocalErrors, send: () => Promise<unknown>) =>
    async (event: FormEvent<HTMLFormElement>): Promise<void> => {
      event.preventDefault();
      setTouched(true);
      setError(undefined);
      const firstWrong = Object.keys(local).find((name) => local[name] !== undefined);
      if (firstWrong !== undefined) {
        event.currentTarget.querySelector<HTMLInputElement>(`input[name="${firstWrong}"]`)?.focus();
        return;
      }
      setBusy(true);
      try {
        if ((await send()) === NOT_SIGNED_IN_YET) return;
        await session.refresh();
        navigate(nextPath(search), { replace: true });
      } catch (cause) {
        setError(asApiError(cause));
      } finally {
        setBusy(false);
      }
    };

  return {
    signedIn: session.status === 'signed-in',
    /** Where to go once signed in. */
    next: nextPath(search),
    /** The other auth page, keeping the query (and so `next`). */
    linkTo: (path: string) => `${path}${search.size ? `?${search}` : ''}`,
    busy,
    /** An error that belongs to no field, for the alert above the form. */
    formError: error && error.fields.length === 0 ? error : undefined,
    fieldError,
    submitWith,
  };
}
