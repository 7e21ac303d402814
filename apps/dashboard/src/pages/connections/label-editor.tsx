import { useTranslation } from 'react-i18next';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client';

/** The connection's label with an inline Edit: Enter saves, Escape cancels, focus returns to Edit. */
export function LabelEditor({
  label,
  onSave,
}: {
  label: string | null;
  onSave: (label: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(label ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const editButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  const close = () => {
    setEditing(false);
    setError(undefined);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave(value.trim());
      close();
    } catch (cause) {
      setError(cause instanceof ApiError ? (cause.fields[0]?.message ?? cause.message) : String(cause));
    } finally {
      setBusy(false);
    }
  };

  if (!editing)
    return (
      <span className="label-editor">
        {label ? <span>{label}</span> : <span className="muted">{t('labelEditor.none')}</span>}
        <button
          ref={editButton}
          type="button"
          className="link-button"
          onClick={() => {
            setValue(label ?? '');
            setEditing(true);
          }}
        >
          {t('labelEditor.edit')}
          <span className="visually-hidden"> {t('labelEditor.editHidden')}</span>
        </button>
      </span>
    );
  return (
    <form className="label-editor label-editor--editing" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('connections.columns.label')}
      </label>
      <input
        id={id}
        className="input input--small"
        value={value}
        maxLength={100}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {busy ? t('connect.saving') : t('common.save')}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={close}>
        {t('common.cancel')}
      </button>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
