import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../../api/client';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../api/types';
import type { WebhookInput } from '../../api/webhooks';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { EVENT_LABELS } from './event-labels';

/** The health events: what most platforms want to hear about first. */
const SUGGESTED: WebhookEventType[] = [
  'connection.degraded',
  'connection.needs_reconnect',
  'connection.recovered',
];

/** Registers an endpoint: its https URL, the events it receives, and a note. */
export function WebhookForm({ onSubmit }: { onSubmit: (input: WebhookInput) => Promise<void> }) {
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
    setEvents(WEBHOOK_EVENT_TYPES.filter((t) => (t === type ? on : events.includes(t))));

  return (
    <form
      className="card form-card stack webhook-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="new-webhook-title"
    >
      <h2 id="new-webhook-title" className="section__title">
        Add an endpoint
      </h2>
      <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
      <TextField
        label="Endpoint URL"
        required
        value={url}
        type="url"
        placeholder="https://example.com/webhooks/paycore"
        error={fieldError('/url')}
        onChange={(event) => setUrl(event.target.value)}
      />
      <fieldset className={`choice field ${fieldError('/events') ? 'field--invalid' : ''}`}>
        <legend className="field__label">Events</legend>
        <div className="checkbox-grid">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
              <span>
                {EVENT_LABELS[type]} <code className="muted">{type}</code>
              </span>
            </label>
          ))}
        </div>
        {fieldError('/events') && <p className="field__error">{fieldError('/events')}</p>}
      </fieldset>
      <TextField
        label="Description (optional)"
        value={description}
        maxLength={200}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || events.length === 0}>
          {busy ? 'Adding…' : 'Add endpoint'}
        </button>
      </div>
    </form>
  );
}
