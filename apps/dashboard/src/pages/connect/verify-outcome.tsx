import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/types';
import { environmentLabel } from '../../lib/format';
import { AccountDetails } from '../../components/account-details';
import { explainReason } from '../../lib/verify-reasons';
import { ServicesPreview } from './services-preview';
import type { ConnectPhase } from './use-connect-flow';

/**
 * What the check found: progress while it runs, on success who the account is and the services
 * connecting enables, or the reason in plain words. Focus moves to the outcome so it is read out
 * and the next step is one Tab away.
 */
export function VerifyOutcome({
  phase,
  providerName,
  environment,
  otherEnvironment,
  onSwitchEnvironment,
  messageOnFields,
}: {
  phase: ConnectPhase;
  providerName: string;
  environment: Environment;
  /** The provider's other environment, offered when the credentials belong to it. */
  otherEnvironment?: Environment | undefined;
  onSwitchEnvironment?: (environment: Environment) => void;
  /** The failure's message is already shown on the fields it names: say it once. */
  messageOnFields?: boolean;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (phase.kind === 'verified' || phase.kind === 'failed') headingRef.current?.focus();
  }, [phase.kind]);

  if (phase.kind === 'checking')
    return (
      <div className="outcome outcome--progress" role="status">
        <span className="spinner" aria-hidden="true" />
        <div>
          <p className="outcome__title">{t('verify.checking', { provider: providerName })}</p>
          <p className="muted">{t('verify.checkingText')}</p>
        </div>
      </div>
    );
  if (phase.kind === 'verified' || phase.kind === 'saving' || phase.kind === 'conflict')
    return (
      <div className="outcome outcome--success" role="status">
        <span className="outcome__icon" aria-hidden="true">
          ✓
        </span>
        <div className="outcome__body">
          <h2 className="outcome__title" tabIndex={-1} ref={headingRef}>
            {phase.account?.name
              ? t('verify.foundNamed', { provider: providerName, account: phase.account.name })
              : t('verify.found', { provider: providerName })}
          </h2>
          <p className="muted">{t('verify.foundText')}</p>
          <AccountDetails account={phase.account} environment={environment} />
          <ServicesPreview services={phase.services} providerName={providerName} />
        </div>
      </div>
    );
  if (phase.kind === 'failed') {
    const text = explainReason(phase.reason, providerName);
    return (
      <div className="outcome outcome--error" role="alert">
        <span className="outcome__icon" aria-hidden="true">
          !
        </span>
        <div className="outcome__body">
          <h2 className="outcome__title" tabIndex={-1} ref={headingRef}>
            {text.title}
          </h2>
          <p>{text.advice}</p>
          {/* The message is the connector's wording, not the provider's: it is not attributed to the provider. */}
          {phase.message && !messageOnFields && (
            <p className="outcome__detail" lang="en">
              {phase.message}
            </p>
          )}
          {phase.reason === 'wrong_environment' && otherEnvironment && onSwitchEnvironment && (
            <button
              type="button"
              className="button button--secondary button--small outcome__action"
              onClick={() => onSwitchEnvironment(otherEnvironment)}
            >
              {t('verify.switchTo', { environment: environmentLabel(otherEnvironment) })}
            </button>
          )}
        </div>
      </div>
    );
  }
  return null;
}
