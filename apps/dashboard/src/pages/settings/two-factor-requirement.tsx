import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchTwoFactorRequirement, setTwoFactorRequirement } from '../../api/account';
import { type ApiError, asApiError } from '../../api/client';
import { ErrorAlert } from '../../components/alerts';
import { useToast } from '../../components/toaster';
import type { Organisation } from '../../api/types';

/** The owner's switch that requires two-factor sign-in of every member of the organisation. */
export function TwoFactorRequirement({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const notify = useToast();
  const [required, setRequired] = useState<boolean | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const owner = organisation.role === 'owner';

  useEffect(() => {
    setRequired(undefined);
    fetchTwoFactorRequirement(organisation.id).then(
      (answer) => setRequired(answer.required),
      (cause: unknown) => setError(asApiError(cause)),
    );
  }, [organisation.id]);

  const change = async (next: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      setRequired((await setTwoFactorRequirement(organisation.id, next)).required);
      notify(next ? t('twoFactorRequirement.turnedOn') : t('twoFactorRequirement.turnedOff'));
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card form-card stack" aria-labelledby="org-two-factor">
      <h2 id="org-two-factor">{t('twoFactorRequirement.title')}</h2>
      <ErrorAlert error={error} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={required ?? false}
          disabled={!owner || busy || required === undefined}
          onChange={(event) => void change(event.target.checked)}
        />
        <span>{t('twoFactorRequirement.require')}</span>
      </label>
      <p className="field__hint">
        {owner ? t('twoFactorRequirement.ownerHint') : t('twoFactorRequirement.ownerOnly')}
      </p>
    </section>
  );
}
