import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { updateOrganisation } from '../../api/orgs';
import { ErrorAlert, Notice } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';
import { useVocabulary } from '../../lib/use-vocabulary';
import { useOrganisation, useSession } from '../../session/session-context';
import { BrandSettings } from './brand-settings';
import { useCan } from '../../session/use-can';
import { CurrencyPicker } from './currency-picker';
import { TwoFactorRequirement } from './two-factor-requirement';

/** The organisation's name, default currency, enabled currencies and how often connections are checked. */
export function SettingsPage() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const { refresh } = useSession();
  const maySave = useCan()('settings');
  const vocabulary = useVocabulary();
  const notify = useToast();
  const defaultId = useId();
  const intervalId = useId();
  const [checkInterval, setCheckInterval] = useState(organisation.checkInterval ?? '');
  const [name, setName] = useState(organisation.name);
  const [defaultCurrency, setDefaultCurrency] = useState(organisation.defaultCurrency);
  const [enabled, setEnabled] = useState<string[]>(organisation.enabledCurrencies);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  // Switching organisation shows that organisation's settings.
  useEffect(() => {
    setName(organisation.name);
    setDefaultCurrency(organisation.defaultCurrency);
    setEnabled(organisation.enabledCurrencies);
    setCheckInterval(organisation.checkInterval ?? '');
    setError(undefined);
  }, [organisation]);

  const nameError = name.trim() === '' ? t('createOrg.nameMissing') : undefined;
  const fieldError = (path: string) =>
    error?.fields.find((field) => field.path === `/${path}` || field.path.startsWith(`/${path}/`))?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (nameError) return;
    setBusy(true);
    setError(undefined);
    try {
      const enabledCurrencies = enabled.includes(defaultCurrency)
        ? enabled
        : [...enabled, defaultCurrency].sort();
      await updateOrganisation(organisation.id, {
        name: name.trim(),
        defaultCurrency,
        enabledCurrencies,
        checkInterval: checkInterval === '' ? null : checkInterval,
      });
      await refresh();
      notify(t('settingsPage.saved'));
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  // How often PayCore may check each connection, as the settings page offers it.
  const checkIntervals: { value: string; label: string }[] = [
    { value: '', label: t('settingsPage.interval.platformDefault') },
    { value: '1h', label: t('settingsPage.interval.everyHour') },
    { value: '6h', label: t('settingsPage.interval.every6Hours') },
    { value: '12h', label: t('settingsPage.interval.every12Hours') },
    { value: '7d', label: t('settingsPage.interval.weekly') },
  ];
  const currencies =
    vocabulary.currencies.length > 0 ? vocabulary.currencies : enabled.map((code) => ({ code, name: code }));
  return (
    <>
      <PageHeader
        title={t('settingsPage.title')}
        description={t('settingsPage.description', { organisation: organisation.name })}
      />
      {!maySave && <Notice>{t('settingsPage.readOnly')}</Notice>}
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ErrorAlert error={error && error.fields.length === 0 ? error : undefined} />
        <TextField
          label={t('auth.signup.organisationName')}
          required
          value={name}
          maxLength={100}
          error={nameError ?? fieldError('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <div className={`field ${fieldError('defaultCurrency') ? 'field--invalid' : ''}`}>
          <label className="field__label" htmlFor={defaultId}>
            {t('settingsPage.defaultCurrency')}
          </label>
          <select
            id={defaultId}
            className="select"
            value={defaultCurrency}
            onChange={(event) => {
              const code = event.target.value;
              setDefaultCurrency(code);
              if (!enabled.includes(code)) setEnabled([...enabled, code].sort());
            }}
          >
            {currencies.map((currency) => (
              <option key={currency.code} value={currency.code}>
                {currency.code} · {currency.name}
              </option>
            ))}
          </select>
          {fieldError('defaultCurrency') && <p className="field__error">{fieldError('defaultCurrency')}</p>}
        </div>
        <CurrencyPicker
          currencies={currencies}
          selected={enabled}
          locked={defaultCurrency}
          onChange={setEnabled}
        />
        {fieldError('enabledCurrencies') && <p className="field__error">{fieldError('enabledCurrencies')}</p>}
        <div className={`field ${fieldError('checkInterval') ? 'field--invalid' : ''}`}>
          <label className="field__label" htmlFor={intervalId}>
            {t('settingsPage.checkConnections')}
          </label>
          <select
            id={intervalId}
            className="select"
            value={checkInterval}
            onChange={(event) => setCheckInterval(event.target.value)}
          >
            {[
              ...checkIntervals,
              ...(checkIntervals.some((option) => option.value === checkInterval)
                ? []
                : [
                    {
                      value: checkInterval,
                      label: t('settingsPage.interval.other', { interval: checkInterval }),
                    },
                  ]),
            ].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <p className="field__hint">{t('settingsPage.checkHint')}</p>
          {fieldError('checkInterval') && <p className="field__error">{fieldError('checkInterval')}</p>}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !maySave}>
            {busy ? t('settingsPage.saving') : t('settingsPage.save')}
          </button>
        </div>
      </form>
      <BrandSettings organisation={organisation} onSaved={refresh} />
      <TwoFactorRequirement organisation={organisation} />
    </>
  );
}
