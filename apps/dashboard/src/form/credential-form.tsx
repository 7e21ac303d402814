import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema as RjsfUiSchema } from '@rjsf/utils';
import { type ReactNode, useState } from 'react';
import type { CredentialSchema, UiSchema } from '../api/types';
import { plainErrors } from '../lib/credential-form';
import { createSchemaValidator } from '../lib/schema-validator';
import { DescriptionFieldTemplate, ErrorListTemplate, FieldTemplate, ObjectFieldTemplate } from './templates';
import { BaseInputTemplate, CheckboxWidget, SecretWidget, SelectWidget, TextWidget } from './widgets';

/** Interprets the schema (no `new Function`): the dashboard's policy has no `'unsafe-eval'`. */
const validator = createSchemaValidator();

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
  children,
}: CredentialFormProps) {
  const [submitted, setSubmitted] = useState(false);
  return (
    <Form
      id={id}
      className="credential-form"
      schema={schema as RJSFSchema}
      uiSchema={uiSchema as RjsfUiSchema}
      formData={values}
      validator={validator}
      widgets={WIDGETS}
      templates={TEMPLATES}
      extraErrors={serverErrors}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      liveValidate={submitted ? 'onChange' : false}
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
