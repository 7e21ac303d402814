import type { Environment, EnvironmentInfo } from '../../api/types';
import { useTranslation } from 'react-i18next';
import { environmentLabel } from '../../lib/format';

/** Sandbox or live, as a pair of radio cards (one tab stop, arrow keys move between them). */
export function EnvironmentChoice({
  name,
  environments,
  value,
  disabled,
  refused = [],
  onChange,
}: {
  name: string;
  environments: EnvironmentInfo[];
  value: Environment;
  disabled?: boolean;
  /** Environments the member's role may not connect: shown, but not choosable, with why. */
  refused?: Environment[];
  onChange: (environment: Environment) => void;
}) {
  const { t } = useTranslation();
  const explanation = (key: Environment) =>
    key === 'live' ? t('connect.environment.liveText') : t('connect.environment.sandboxText');
  const options = (['sandbox', 'live'] as const).flatMap((key) =>
    environments.filter((env) => env.name === key),
  );
  return (
    <fieldset className="choice" disabled={disabled}>
      <legend className="field__label">{t('connect.environment.legend')}</legend>
      <div className="choice__options">
        {options.map(({ name: key, label }) => (
          <label key={key} className={`choice__option ${value === key ? 'choice__option--checked' : ''}`}>
            <input
              type="radio"
              name={name}
              value={key}
              checked={value === key}
              disabled={refused.includes(key)}
              onChange={() => onChange(key)}
              className="choice__input"
            />
            <span className="choice__title">
              {environmentLabel(key)}
              {label && label !== environmentLabel(key) && <span className="choice__aside"> · {label}</span>}
            </span>
            <span className="choice__text">
              {refused.includes(key) ? t('connect.environment.refused') : explanation(key)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
