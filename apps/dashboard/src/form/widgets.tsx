import { errorId, helpId, type WidgetProps } from '@rjsf/utils';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props every credential input shares: ids for its hint and error, no autofill or spelling help. */
function inputProps(props: WidgetProps) {
  const {
    id,
    value,
    required,
    disabled,
    readonly,
    autofocus,
    placeholder,
    rawErrors = [],
    options,
    onChange,
    onBlur,
    onFocus,
  } = props;
  const invalid = rawErrors.length > 0;
  return {
    id,
    name: props.htmlName || id,
    className: 'input',
    value: value == null ? '' : String(value),
    required,
    disabled,
    readOnly: readonly,
    autoFocus: autofocus,
    placeholder,
    spellCheck: false,
    autoCapitalize: 'off',
    autoCorrect: 'off',
    autoComplete: typeof options.autocomplete === 'string' ? options.autocomplete : 'off',
    'aria-invalid': invalid || undefined,
    'aria-describedby': [invalid ? errorId(id) : '', helpId(id)].filter(Boolean).join(' '),
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      onChange(event.target.value === '' ? options.emptyValue : event.target.value),
    onBlur: (event: ChangeEvent<HTMLInputElement>) => onBlur(id, event.target.value),
    onFocus: (event: ChangeEvent<HTMLInputElement>) => onFocus(id, event.target.value),
  };
}

/** A plain text credential. */
export function TextWidget(props: WidgetProps) {
  const type = props.schema.format === 'email' ? 'email' : props.schema.format === 'uri' ? 'url' : 'text';
  return <input type={type} {...inputProps(props)} />;
}

/**
 * A secret credential, masked while typed, with a button that reveals it to check a paste.
 * The value is never prefilled from the host: secrets are not sent back.
 */
export function SecretWidget(props: WidgetProps) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="secret-input">
      <input type={revealed ? 'text' : 'password'} {...inputProps(props)} />
      <button
        type="button"
        className="secret-input__toggle"
        aria-pressed={revealed}
        aria-label={
          revealed
            ? t('credentials.hide', { field: props.label || t('credentials.value') })
            : t('credentials.show', { field: props.label || t('credentials.value') })
        }
        aria-controls={props.id}
        onClick={() => setRevealed((value) => !value)}
      >
        {revealed ? t('credentials.hideButton') : t('credentials.showButton')}
      </button>
    </div>
  );
}

/** Choices from an `enum`, as a native select. */
export function SelectWidget(props: WidgetProps) {
  const { id, value, options, required, disabled, readonly, onChange, rawErrors = [] } = props;
  const choices = options.enumOptions ?? [];
  return (
    <select
      id={id}
      className="select"
      value={value == null ? '' : String(value)}
      required={required}
      disabled={disabled || readonly}
      aria-invalid={rawErrors.length > 0 || undefined}
      aria-describedby={[rawErrors.length > 0 ? errorId(id) : '', helpId(id)].filter(Boolean).join(' ')}
      onChange={(event) => {
        const choice = choices.find((option) => String(option.value) === event.target.value);
        onChange(choice ? choice.value : options.emptyValue);
      }}
    >
      {!required && <option value="">—</option>}
      {choices.map((option) => (
        <option key={String(option.value)} value={String(option.value)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A yes/no credential option. */
export function CheckboxWidget(props: WidgetProps) {
  const { id, value, label, disabled, readonly, onChange } = props;
  return (
    <label className="checkbox" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        disabled={disabled || readonly}
        aria-describedby={helpId(id)}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** The input rjsf's other text-like widgets (number, e-mail, url, date) build on. */
export function BaseInputTemplate(props: WidgetProps) {
  return <input type={typeof props.type === 'string' ? props.type : 'text'} {...inputProps(props)} />;
}
