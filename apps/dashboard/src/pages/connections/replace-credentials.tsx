import { useTranslation } from 'react-i18next';
import type { ErrorSchema } from '@rjsf/utils';
import { useId, useMemo, useState } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { updateConnection } from '../../api/connections';
import type { Connection, CredentialForm as CredentialFormData } from '../../api/types';
import { ErrorAlert } from '../../components/alerts';
import { CredentialForm, type CredentialValues } from '../../form/credential-form';
import {
  buildUiSchema,
  replaceSchema,
  replaceUiSchema,
  splitFieldErrors,
  storedPlainValues,
  withoutBlanks,
} from '../../lib/credential-form';
import { maskedHint } from '../../lib/format';
import { explainReason } from '../../lib/verify-reasons';

/**
 * Replaces a connection's credentials. Plain fields start with their stored values; secret
 * fields start blank and keep their stored value unless something is typed. The host verifies
 * the new credentials before it saves them.
 */
export function ReplaceCredentials({
  orgId,
  connection,
  form,
  providerName,
  onSaved,
  onCancel,
}: {
  orgId: string;
  connection: Connection;
  form: CredentialFormData;
  providerName: string;
  onSaved: (connection: Connection) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useMemo(() => replaceSchema(form.schema), [form.schema]);
  const hints = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(connection.secretHints).map(([name, hint]) => [name, maskedHint(hint)]),
      ),
    [connection.secretHints],
  );
  const uiSchema = useMemo(
    () => replaceUiSchema(buildUiSchema(form.schema, form.uiSchema), form.schema, hints),
    [form, hints],
  );
  const [values, setValues] = useState<CredentialValues>(() =>
    storedPlainValues(form.schema, connection.credentials),
  );
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<ErrorSchema | undefined>();
  const [problem, setProblem] = useState<ApiError | string | undefined>();

  const save = async (submitted: CredentialValues) => {
    setBusy(true);
    setProblem(undefined);
    setFieldErrors(undefined);
    try {
      onSaved(await updateConnection(orgId, connection.id, { credentials: withoutBlanks(submitted) }));
    } catch (cause) {
      const error = asApiError(cause);
      const { errorSchema, other } = splitFieldErrors(error.fields, form.schema);
      if (error.fields.length > other.length) setFieldErrors(errorSchema);
      if (typeof error.details.reason === 'string') {
        const text = explainReason(error.details.reason, providerName);
        // Said once: on the fields it names, or here when it names none.
        const detail = error.fields.length > other.length ? '' : ` ${error.message}`;
        setProblem(`${text.title}. ${text.advice}${detail}`);
      } else if (error.fields.length === 0) {
        setProblem(error);
      } else if (other.length > 0) {
        setProblem(
          new ApiError(error.status, error.code, error.message, { ...error.details, fields: other }),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="replace">
      <p className="muted">{t('replace.intro', { provider: providerName })}</p>
      <CredentialForm
        id={id}
        schema={schema}
        uiSchema={uiSchema}
        values={values}
        serverErrors={fieldErrors}
        disabled={busy}
        onChange={(next) => {
          setValues(next);
          setFieldErrors(undefined);
        }}
        onSubmit={(submitted) => void save(submitted)}
      >
        <ErrorAlert error={problem} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('verify.checking', { provider: providerName }) : t('replace.submit')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </CredentialForm>
    </div>
  );
}
