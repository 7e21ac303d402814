import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { getProvider } from '../../api/catalogue';
import { type ApiError, asApiError } from '../../api/client';
import { createConnectionRequest, listConnectionRequests } from '../../api/connections';
import { ErrorAlert } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { formatDate } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { normaliseWebsite } from '../../lib/website';
import { useOrganisation } from '../../session/session-context';
import { DirectorySuggestions } from './directory-suggestions';

/**
 * "Request a connection": for a listed provider that is not ready (`?provider=id`), or for one
 * the directory does not list (name and website; `?name=` prefills from the directory search).
 */
export function RequestFormPage() {
  const [search] = useSearchParams();
  const providerId = search.get('provider') ?? '';
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const notify = useToast();
  const provider = useResource(
    (signal) => (providerId ? getProvider(providerId, signal) : Promise.resolve(undefined)),
    [providerId],
  );
  const [name, setName] = useState(search.get('name') ?? '');
  const [website, setWebsite] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [touched, setTouched] = useState(false);
  const messageId = useId();
  const listed = provider.data;
  const requests = useResource(
    (signal) => listConnectionRequests(organisation.id, signal),
    [organisation.id],
  );
  // The organisation asked for this provider already: one request per provider.
  const earlier = requests.data?.find((request) =>
    listed
      ? request.providerId === listed.id
      : request.providerId === null &&
        name.trim() !== '' &&
        request.name?.trim().toLowerCase() === name.trim().toLowerCase(),
  );

  const nameError = touched && !listed && name.trim() === '' ? 'Enter the provider’s name.' : undefined;
  const fullWebsite = normaliseWebsite(website);
  const websiteError =
    touched && website.trim() !== '' && fullWebsite === undefined
      ? 'Enter a web address such as acmepay.com or https://acmepay.com.'
      : undefined;
  const fieldError = (path: string) => error?.fields.find((field) => field.path === `/${path}`)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if ((!listed && name.trim() === '') || (website.trim() !== '' && fullWebsite === undefined)) return;
    setBusy(true);
    setError(undefined);
    try {
      const request = await createConnectionRequest(organisation.id, {
        ...(listed ? { providerId: listed.id } : { name: name.trim() }),
        ...(fullWebsite ? { website: fullWebsite } : {}),
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      const known = requests.data?.some((other) => other.id === request.id);
      const title = request.name ?? listed?.name ?? name.trim();
      notify(
        known
          ? `You requested ${title} on ${formatDate(request.createdAt)}; it is one request.`
          : `Request sent for ${title}. Thank you!`,
      );
      navigate('/requests');
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link className="back-link" to={listed ? `/providers/${encodeURIComponent(listed.id)}` : '/directory'}>
        ← {listed ? listed.name : 'All providers'}
      </Link>
      <PageHeader
        title={listed ? `Request ${listed.name}` : 'Request a provider'}
        leading={listed ? <ProviderLogo id={listed.id} name={listed.name} size="lg" /> : undefined}
        description={
          listed
            ? `${listed.name} can't be connected yet. Tell us you need it and we'll prioritise it.`
            : 'Tell us which provider you use. Requests from more merchants move a provider up our list.'
        }
      />
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        {earlier && (
          <p className="alert alert--info" role="status">
            Your organisation requested {earlier.name ?? listed?.name} on {formatDate(earlier.createdAt)}.
            Sending again keeps that one request. <Link to="/requests">See its status</Link>
          </p>
        )}
        {!listed && (
          <TextField
            label="Provider name"
            required
            value={name}
            maxLength={100}
            error={nameError ?? fieldError('name')}
            onChange={(event) => setName(event.target.value)}
          />
        )}
        {!listed && <DirectorySuggestions name={name} />}
        <TextField
          label="Website (optional)"
          inputMode="url"
          placeholder="acmepay.com"
          value={website}
          maxLength={300}
          error={websiteError ?? fieldError('website')}
          onChange={(event) => setWebsite(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={messageId}>
            Message (optional)
          </label>
          <textarea
            id={messageId}
            className="input textarea"
            rows={4}
            maxLength={2000}
            placeholder="What do you need it for? Countries, currencies, payment methods…"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send request'}
          </button>
          <Link className="button button--ghost" to="/requests">
            See your requests
          </Link>
        </div>
      </form>
    </>
  );
}
