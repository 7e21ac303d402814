import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { updateOrganisation } from '../../api/orgs';
import type { Brand, Organisation } from '../../api/types';
import { ErrorAlert } from '../../components/alerts';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toaster';

/** The host keeps logos as `data:` text of at most 64 kB: about 48 kB of image. */
const MAX_LOGO_BYTES = 48 * 1024;
const LOGO_TYPES = ['image/png', 'image/svg+xml', 'image/jpeg', 'image/webp'];

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The hosted connect page's look for a platform's end users: a name, a logo, a primary colour
 * and a light or dark theme. Saved on its own (the host replaces the brand whole).
 */
export function BrandSettings({
  organisation,
  onSaved,
}: {
  organisation: Organisation;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const colourId = useId();
  const logoId = useId();
  const [name, setName] = useState('');
  const [primaryColor, setPrimaryColor] = useState('#4f46e5');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [logo, setLogo] = useState<string | undefined>();
  const [logoError, setLogoError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  useEffect(() => {
    const brand = organisation.brand;
    setName(brand?.name ?? '');
    setPrimaryColor(brand?.primaryColor ?? '#4f46e5');
    setTheme(brand?.theme ?? 'light');
    setLogo(brand?.logo);
    setError(undefined);
  }, [organisation]);

  const pickLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLogoError(undefined);
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setLogoError(t('brand.logoType'));
    if (file.size > MAX_LOGO_BYTES) return setLogoError(t('brand.logoSize'));
    try {
      setLogo(await readDataUrl(file));
    } catch {
      setLogoError(t('brand.logoUnreadable'));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const brand: Brand = {
      primaryColor,
      theme,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(logo ? { logo } : {}),
    };
    try {
      await updateOrganisation(organisation.id, { brand });
      await onSaved();
      notify(t('brand.saved'));
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card form-card stack brand-settings"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${logoId}-title`}
    >
      <h2 id={`${logoId}-title`} className="section__title">
        {t('brand.title')}
      </h2>
      <p className="muted">{t('brand.intro')}</p>
      <ErrorAlert error={error} />
      <TextField
        label={t('brand.name')}
        hint={t('brand.nameHint', { organisation: organisation.name })}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="field">
        <label className="field__label" htmlFor={colourId}>
          {t('brand.colour')}
        </label>
        <input
          id={colourId}
          type="color"
          className="input"
          value={primaryColor}
          onChange={(event) => setPrimaryColor(event.target.value)}
        />
      </div>
      <fieldset className="field brand-settings__theme">
        <legend className="field__label">{t('theme.legend')}</legend>
        {(['light', 'dark'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={`${colourId}-theme`}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />{' '}
            {value === 'light' ? t('theme.light') : t('theme.dark')}
          </label>
        ))}
      </fieldset>
      <div className={`field ${logoError ? 'field--invalid' : ''}`}>
        <label className="field__label" htmlFor={logoId}>
          {t('brand.logo')}
        </label>
        {logo && <img src={logo} alt={t('brand.logoAlt')} className="brand-logo-preview" />}
        <input
          id={logoId}
          type="file"
          accept={LOGO_TYPES.join(',')}
          onChange={(event) => void pickLogo(event)}
        />
        <p className="field__hint">{t('brand.logoHint')}</p>
        {logoError && <p className="field__error">{logoError}</p>}
        {logo && (
          <button type="button" className="button button--ghost" onClick={() => setLogo(undefined)}>
            {t('brand.removeLogo')}
          </button>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('settingsPage.saving') : t('brand.save')}
        </button>
      </div>
    </form>
  );
}
