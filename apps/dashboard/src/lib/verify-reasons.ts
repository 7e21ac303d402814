import i18next from 'i18next';
import type { VerifyFailureReason } from '../api/types';

/** A failed verify explained to a merchant: what happened, and what to do about it. */
export interface ReasonText {
  title: string;
  advice: string;
}

/** Plain words for each reason a provider can refuse credentials. */
export function explainReason(reason: VerifyFailureReason | string, provider: string): ReasonText {
  switch (reason) {
    case 'invalid_credentials':
      return {
        title: i18next.t('verifyReasons.invalidCredentials.title', { provider }),
        advice: i18next.t('verifyReasons.invalidCredentials.advice', { provider }),
      };
    case 'insufficient_permissions':
      return {
        title: i18next.t('verifyReasons.insufficientPermissions.title', { provider }),
        advice: i18next.t('verifyReasons.insufficientPermissions.advice', { provider }),
      };
    case 'wrong_environment':
      return {
        title: i18next.t('verifyReasons.wrongEnvironment.title', { provider }),
        advice: i18next.t('verifyReasons.wrongEnvironment.advice', { provider }),
      };
    case 'account_inactive':
      return {
        title: i18next.t('verifyReasons.accountInactive.title', { provider }),
        advice: i18next.t('verifyReasons.accountInactive.advice', { provider }),
      };
    case 'provider_unavailable':
      return {
        title: i18next.t('verifyReasons.providerUnavailable.title', { provider }),
        advice: i18next.t('verifyReasons.providerUnavailable.advice', { provider }),
      };
    case 'timeout':
      return {
        title: i18next.t('verifyReasons.timeout.title', { provider }),
        advice: i18next.t('verifyReasons.timeout.advice', { provider }),
      };
    case 'network_error':
      return {
        title: i18next.t('verifyReasons.networkError.title', { provider }),
        advice: i18next.t('verifyReasons.networkError.advice', { provider }),
      };
    case 'misconfigured':
      return {
        title: i18next.t('verifyReasons.misconfigured.title', { provider }),
        advice: i18next.t('verifyReasons.misconfigured.advice', { provider }),
      };
    case 'form_changed':
      return {
        title: i18next.t('verifyReasons.formChanged.title', { provider }),
        advice: i18next.t('verifyReasons.formChanged.advice', { provider }),
      };
    case 'connector_failed':
      return {
        title: i18next.t('verifyReasons.connectorFailed.title', { provider }),
        advice: i18next.t('verifyReasons.connectorFailed.advice', { provider }),
      };
    default:
      return {
        title: i18next.t('verifyReasons.other.title'),
        advice: i18next.t('verifyReasons.other.advice'),
      };
  }
}
