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
        title: `${provider} did not accept these credentials`,
        advice: 'Check that you copied the whole value, without spaces, from the right account.',
      };
    case 'insufficient_permissions':
      return {
        title: `These credentials are missing a permission PayCore needs`,
        advice: `Give the key read access to the account at ${provider}, or use an unrestricted key.`,
      };
    case 'wrong_environment':
      return {
        title: 'These credentials belong to the other environment',
        advice: 'Use test credentials for Sandbox and live credentials for Live.',
      };
    case 'account_inactive':
      return {
        title: `The ${provider} account is not active`,
        advice: `Finish activating the account at ${provider}, then check again.`,
      };
    case 'provider_unavailable':
      return {
        title: `${provider} is not answering right now`,
        advice: 'This is usually temporary. Try again in a few minutes.',
      };
    case 'timeout':
      return { title: `${provider} took too long to answer`, advice: 'Try again in a moment.' };
    case 'network_error':
      return { title: `PayCore could not reach ${provider}`, advice: 'Try again in a moment.' };
    case 'misconfigured':
      return {
        title: `The ${provider} connector is not set up correctly`,
        advice: 'This is a problem on our side, not with your credentials. Try again later.',
      };
    case 'form_changed':
      return {
        title: `${provider} now asks for different credentials`,
        advice: 'Enter the credentials again: the form has changed since this connection was made.',
      };
    case 'connector_failed':
      return {
        title: `The ${provider} connector failed`,
        advice:
          'This is a fault in the connector, not in your credentials or at the provider. The platform operator has been told; try again later.',
      };
    default:
      return { title: 'The credentials could not be confirmed', advice: 'Check them and try again.' };
  }
}
