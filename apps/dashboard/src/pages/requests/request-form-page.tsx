import { type FormEvent, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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

/** An example web address, the same in every language. */
const WEBSITE_EXAMPLE = 'acmepay.com';

/**
 * "Request a connection": for a listed provider that is not ready (`?provider=id`), or for one
 * the directory does not list (name and website; `?name=` prefills from the directory search).
 */
export function RequestFormPage() {
  const { t } = useTranslation();
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

  const nameError = touched && !listed && name.trim() === '' ? t('requestForm.nameMissing') : undefined;
  const fullWebsite = normaliseWebsite(website);
  const websiteError =
    touched && website.trim() !== '' && fullWebsite === undefined
      ? t('requestForm.websiteInvalid')
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
          ? t('requestForm.alreadyRequested', { provider: title, date: formatDate(request.createdAt) })
          : t('requestForm.sent', { provider: title }),
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
        {listed ? `← ${listed.name}` : t('provider.back')}
      </Link>
      <PageHeader
        title={listed ? t('requestForm.titleListed', { provider: listed.name }) : t('requestForm.title')}
        leading={listed ? <ProviderLogo id={listed.id} name={listed.name} size="lg" /> : undefined}
        description={
          listed
            ? t('requestForm.descriptionListed', { provider: listed.name })
            : t('requestForm.description')
        }
      />
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        {earlier && (
          <p className="alert alert--info" role="status">
            <Trans
              i18nKey="requestForm.earlier"
              values={{ provider: earlier.name ?? listed?.name ?? '', date: formatDate(earlier.createdAt) }}
              components={{ a: <Link to="/requests" /> }}
            />
          </p>
        )}
        {!listed && (
          <TextField
            label={t('requestForm.name')}
            required
            value={name}
            maxLength={100}
            error={nameError ?? fieldError('name')}
            onChange={(event) => setName(event.target.value)}
          />
        )}
        {!listed && <DirectorySuggestions name={name} />}
        <TextField
          label={t('requestForm.website')}
          inputMode="url"
          placeholder={WEBSITE_EXAMPLE}
          value={website}
          maxLength={300}
          error={websiteError ?? fieldError('website')}
          onChange={(event) => setWebsite(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor={messageId}>
            {t('requestForm.message')}
          </label>
          <textarea
            id={messageId}
            className="input textarea"
            rows={4}
            maxLength={2000}
            placeholder={t('requestForm.messagePlaceholder')}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('requestForm.sending') : t('requestForm.send')}
          </button>
          <Link className="button button--ghost" to="/requests">
            {t('requestForm.seeRequests')}
          </Link>
        </div>
      </form>
    </>
  );
}
