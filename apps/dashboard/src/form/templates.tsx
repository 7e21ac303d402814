import { useTranslation } from 'react-i18next';
import { errorId, type FieldTemplateProps, helpId, type ObjectFieldTemplateProps } from '@rjsf/utils';

/**
 * One credential field: label (with a "Secret" tag for writeOnly fields), the input, the help
 * text (the schema's description) and the error, each tied to the input by id.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const {
    id,
    label,
    children,
    rawErrors = [],
    rawHelp,
    rawDescription,
    hidden,
    required,
    displayLabel,
    schema,
  } = props;
  const { t } = useTranslation();
  if (hidden) return <div hidden>{children}</div>;
  if (schema.type === 'object') return children;
  const help = rawHelp ?? rawDescription;
  const invalid = rawErrors.length > 0;
  return (
    <div className={`field ${invalid ? 'field--invalid' : ''}`}>
      {displayLabel && (
        <label className="field__label" htmlFor={id}>
          {label}
          {required ? (
            <span className="field__required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : (
            <span className="field__optional"> {t('credentials.optional')}</span>
          )}
          {schema.writeOnly === true && (
            <span className="field__tag" title={t('credentials.secretTitle')}>
              {t('credentials.secretTag')}
            </span>
          )}
        </label>
      )}
      {children}
      {help && (
        <p className="field__hint" id={helpId(id)}>
          {help}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={errorId(id)}>
          {rawErrors.join(' ')}
        </p>
      )}
    </div>
  );
}

/** The credential fields as a plain stack: the page already says what the form is for. */
export function ObjectFieldTemplate({ properties }: ObjectFieldTemplateProps) {
  return <div className="stack">{properties.map((property) => property.content)}</div>;
}

/** Errors are shown on their fields and summarised by the page, so rjsf's own list stays empty. */
export function ErrorListTemplate() {
  return null;
}

/** Descriptions are rendered as help text by {@link FieldTemplate}. */
export function DescriptionFieldTemplate() {
  return null;
}
