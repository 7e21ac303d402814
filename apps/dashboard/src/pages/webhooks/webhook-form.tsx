import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../api/types';
import type { WebhookInput } from '../../api/webhooks';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { eventLabel } from './event-labels';

/** The health events: what most platforms want to hear about first. */
const SUGGESTED: WebhookEventType[] = [
  'connection.degraded',
  'connection.needs_reconnect',
  'connection.recovered',
];

/** An example address, the same in every language. */
const URL_EXAMPLE = 'https://example.com/webhooks/paycore';

/** Registers an endpoint: its https URL, the events it receives, and a note. */
export function WebhookForm({ onSubmit }: { onSubmit: (input: WebhookInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(SUGGESTED);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const fieldError = (path: string) => error?.fields.find((field) => field.path.startsWith(path))?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({
        url: url.trim(),
        events,
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      setUrl('');
      setDescription('');
      setEvents(SUGGESTED);
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (type: WebhookEventType, on: boolean) =>
    setEvents(WEBHOOK_EVENT_TYPES.filter((other) => (other === type ? on : events.includes(other))));

  return (
    <form
      className="card form-card stack webhook-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-webhook-title"
    >
      <h2 id="new-webhook-title" className="section__title">
        {t('webhookForm.title')}
      </h2>
      <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
      <TextField
        label={t('webhookForm.url')}
        required
        value={url}
        type="url"
        placeholder={URL_EXAMPLE}
        error={fieldError('/url')}
        onChange={(event) => setUrl(event.target.value)}
      />
      <fieldset className={`choice field ${fieldError('/events') ? 'field--invalid' : ''}`}>
        <legend className="field__label">{t('webhookForm.events')}</legend>
        <div className="checkbox-grid">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
              <span>
                {eventLabel(type)} <code className="muted">{type}</code>
              </span>
            </label>
          ))}
        </div>
        {fieldError('/events') && <p className="field__error">{fieldError('/events')}</p>}
      </fieldset>
      <TextField
        label={t('webhookForm.description')}
        value={description}
        maxLength={200}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || events.length === 0}>
          {busy ? t('webhookForm.adding') : t('webhookForm.add')}
        </button>
      </div>
    </form>
  );
}
