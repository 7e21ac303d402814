import { type FormEvent, useCallback, useState } from 'react';
import { type ApiError, asApiError } from '../api/client';

/**
 * One form's busy and error state: `run` sends with both kept (busy while it runs, the host's
 * error kept for the form and its fields); `submit` makes a form's submit handler of it.
 */
export function useFormState() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  // Stable, so an effect that loads something can name it as a dependency.
  const fail = useCallback((cause: unknown) => setError(asApiError(cause)), []);
  const run = async (send: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await send();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  /** A form's submit handler: sends, unless the form found a problem of its own (`localError`). */
  const submit = (send: () => Promise<void>, localError?: string) => (event: FormEvent) => {
    event.preventDefault();
    if (localError === undefined) void run(send);
  };
  return {
    busy,
    error,
    /** Keeps an error that came from elsewhere (a failed load) for the form's alert. */
    fail,
    run,
    submit,
    /** The host's message for one field, by its name in the request body. */
    fieldError: (name: string) => error?.fields.find((field) => field.path === `/${name}`)?.message,
    /** An error that belongs to no field, for the alert above the form. */
    formError: error && error.fields.length === 0 ? error : undefined,
  };
}
