import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema as RjsfUiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { type ReactNode, useMemo, useState } from 'react';
import type { CredentialSchema, UiSchema } from '../api/types';
import { plainErrors } from '../lib/credential-form';
import { DescriptionFieldTemplate, ErrorListTemplate, FieldTemplate, ObjectFieldTemplate } from './templates';
import { BaseInputTemplate, CheckboxWidget, SecretWidget, SelectWidget, TextWidget } from './widgets';

const validator = customizeValidator();

const WIDGETS = {
  TextWidget,
  PasswordWidget: SecretWidget,
  password: SecretWidget,
  SelectWidget,
  CheckboxWidget,
};

const TEMPLATES = {
  FieldTemplate,
  ObjectFieldTemplate,
  ErrorListTemplate,
  DescriptionFieldTemplate,
  BaseInputTemplate,
};

export type CredentialValues = Record<string, unknown>;

interface CredentialFormProps {
  id: string;
  schema: CredentialSchema;
  uiSchema: UiSchema;
  values: CredentialValues;
  /** Errors from the host (field errors, or the fields a failed verify named). */
  serverErrors?: ErrorSchema | undefined;
  disabled?: boolean;
  onChange: (values: CredentialValues) => void;
  /** Called with valid values only; invalid ones show field errors and `onInvalid` runs. */
  onSubmit: (values: CredentialValues) => void;
  onInvalid?: (count: number) => void;
  /**
   * Validate in the browser before submitting (the default). The hosted connect page turns it
   * off: ajv compiles schemas with `new Function`, which its Content-Security-Policy forbids, and
   * the host answers the same problems field by field.
   */
  browserValidation?: boolean;
  /** The submit button(s). */
  children: ReactNode;
}

/**
 * The credential form, generated from the connector's JSON Schema by rjsf with our widgets:
 * validated on submit, then live so a fixed field clears its error as the person types.
 */
export function CredentialForm({
  id,
  schema,
  uiSchema,
  values,
  serverErrors,
  disabled,
  onChange,
  onSubmit,
  onInvalid,
  browserValidation = true,
  children,
}: CredentialFormProps) {
  const [submitted, setSubmitted] = useState(false);
  // rjsf validates with draft-07 ajv; the schema's own $schema/$id would make it look elsewhere.
  const rjsfSchema = useMemo(() => {
    const { $schema: _s, $id: _i, ...rest } = schema;
    return rest as RJSFSchema;
  }, [schema]);
  return (
    <Form
      id={id}
      className="credential-form"
      schema={rjsfSchema}
      uiSchema={uiSchema as RjsfUiSchema}
      formData={values}
      validator={validator}
      widgets={WIDGETS}
      templates={TEMPLATES}
      extraErrors={serverErrors}
      showErrorList={false}
      noHtml5Validate
      noValidate={!browserValidation}
      focusOnFirstError
      liveValidate={submitted && browserValidation ? 'onChange' : false}
      disabled={disabled}
      transformErrors={(errors) => plainErrors(errors, schema)}
      onChange={(event) => onChange((event.formData ?? {}) as CredentialValues)}
      onError={(errors) => {
        setSubmitted(true);
        onInvalid?.(errors.length);
      }}
      onSubmit={(event) => {
        setSubmitted(true);
        onSubmit((event.formData ?? {}) as CredentialValues);
      }}
    >
      <div className="stack">{children}</div>
    </Form>
  );
}
