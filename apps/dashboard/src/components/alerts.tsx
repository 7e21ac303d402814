import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ApiError, type FieldError } from '../api/client';
import { humanize } from '../lib/format';

/** An error announced as soon as it appears (role=alert), with the fields the host named. */
export function ErrorAlert({
  error,
  title,
}: {
  error: ApiError | Error | string | undefined;
  title?: string;
}) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  const fields = typeof error === 'object' && 'fields' in error ? error.fields : [];
  // The host's and the connectors' words are English (the dashboard's own errors are translated).
  const lang = error instanceof ApiError && error.fromHost ? 'en' : undefined;
  return (
    <div className="alert alert--error" role="alert">
      {title && <p className="alert__title">{title}</p>}
      <p lang={lang}>{message}</p>
      {fields.length > 0 && (
        <ul className="alert__list">
          {fields.map((field) => (
            <li key={`${field.path}:${field.message}`} lang={lang}>
              {fieldMessage(field)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A quiet notice that is part of the page rather than an event. */
export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return <div className={`alert alert--${tone}`}>{children}</div>;
}

/** A centred spinner with a text label that screen readers get. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** An empty list, with what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}

/** "Label: is too long" — the field's name, from the last part of its JSON pointer, then the message. */
function fieldMessage(field: FieldError): string {
  const name = field.path.split('/').filter(Boolean).pop();
  if (!name || /^\d+$/.test(name)) return field.message;
  return `${humanize(name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}: ${field.message}`;
}
